package cn.congress.deputies.roster;

import cn.congress.domain.shared.Labeled;

public enum Gender implements Labeled {
    MALE,
    FEMALE
}
