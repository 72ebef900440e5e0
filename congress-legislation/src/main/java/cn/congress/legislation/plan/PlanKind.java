package cn.congress.legislation.plan;

import cn.congress.domain.shared.Labeled;

/** 五年立法规划 or 年度立法计划. */
public enum PlanKind implements Labeled {
    FIVE_YEAR, ANNUAL;

    /** Bills are started from the projects of an annual plan. */
    public boolean startsBills() {
        return this == ANNUAL;
    }
}
