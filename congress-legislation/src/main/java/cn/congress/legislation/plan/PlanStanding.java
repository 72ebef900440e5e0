package cn.congress.legislation.plan;

import cn.congress.domain.shared.Labeled;

/** A project against its planned submission month. */
public enum PlanStanding implements Labeled {
    /** 未到提请时间. */
    NOT_DUE,
    /** 按期提请. */
    ON_TIME,
    /** 逾期（已逾期提请或逾期未提请）. */
    LATE,
    /** 调整至下一年度. */
    MOVED
}
