package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

/** A deputy's year-end rating of a project (满意度测评). */
public enum Rating implements Labeled {
    SATISFIED, BASIC, UNSATISFIED;

    /** 满意 and 基本满意 count towards the pass share. */
    public boolean favourable() {
        return this != UNSATISFIED;
    }
}
