package cn.congress.deputies.activity;

import cn.congress.domain.shared.Labeled;

public enum ActivityKind implements Labeled {
    GROUP_ACTIVITY, INSPECTION, RESEARCH, TRAINING, STATION_DUTY, SESSION, INVITED_MEETING
}
