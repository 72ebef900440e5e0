package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.Labeled;

/** The warning rules of online budget monitoring, each with the rule of the rules table that holds its threshold. */
public enum WarningRule implements Labeled {
    /** At the mid-year month, a unit's cumulative execution is below the threshold share of its annual budget. */
    LOW_EXECUTION("fiscal.low-execution-percent"),
    /** A unit's cumulative spending on a category went over the threshold share of its budget this month. */
    OVER_BUDGET("fiscal.over-budget-percent"),
    /** A unit moved more than the threshold share of its annual budget into categories in one month (调剂). */
    LARGE_TRANSFER("fiscal.transfer-percent"),
    /** December's spending is more than the threshold share of the unit's spending of the year. */
    YEAR_END_SPIKE("fiscal.year-end-spike-percent");

    private final String thresholdRule;

    WarningRule(String thresholdRule) {
        this.thresholdRule = thresholdRule;
    }

    public String thresholdRule() {
        return thresholdRule;
    }
}
