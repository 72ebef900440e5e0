package cn.congress.oversight.fiscal.review;

import cn.congress.domain.shared.Labeled;

/**
 * The statutory items of the fiscal calendar (监督法第二章第三节 and 预算法): when in the year each is heard, and whether
 * the law asks the standing committee to approve it by a vote (final accounts 决算, budget adjustments 预算调整).
 * The budget itself is approved by the people's congress at its session; the standing committee prepares it.
 */
public enum ReviewKind implements Labeled {
    BUDGET(1, 3, false),
    MID_YEAR_EXECUTION(6, 9, false),
    FINAL_ACCOUNTS(6, 9, true),
    BUDGET_ADJUSTMENT(1, 12, true),
    STATE_ASSETS(1, 12, false),
    DEBT(1, 12, false),
    PLAN_MID_TERM(1, 12, false);

    private final int fromMonth;
    private final int toMonth;
    private final boolean approval;

    ReviewKind(int fromMonth, int toMonth, boolean approval) {
        this.fromMonth = fromMonth;
        this.toMonth = toMonth;
        this.approval = approval;
    }

    public boolean approval() {
        return approval;
    }

    public boolean allowsMonth(int month) {
        return month >= fromMonth && month <= toMonth;
    }

    public String window() {
        return fromMonth == 1 && toMonth == 12 ? "全年" : fromMonth + "月至" + toMonth + "月";
    }
}
