package cn.congress.legislation.plan;

import cn.congress.domain.shared.Labeled;

/** 待论证 / 列入计划 / 不列入. */
public enum ProposalDecision implements Labeled {
    PENDING, LISTED, NOT_LISTED;

    /** Not yet decided: the proposal may still be edited and decided. */
    public boolean isOpen() {
        return this == PENDING;
    }
}
