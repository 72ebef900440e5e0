package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

public enum ReassignmentDecision implements Labeled {
    PENDING, AGREED, REFUSED
}
