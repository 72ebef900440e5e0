package cn.congress.oversight.opinion;

import cn.congress.domain.shared.Labeled;

/** What the opinion was given on; decides the handling-report deadline (rules {@code oversight.report-months.*}). */
public enum ReportKind implements Labeled {
    SPECIAL("oversight.report-months.special"),
    BUDGET("oversight.report-months.budget"),
    INSPECTION("oversight.report-months.inspection"),
    INQUIRY("oversight.report-months.inquiry"),
    /** 审计查出问题整改: the rectification report is due after the rules' months (监督法第二十七条: six). */
    AUDIT("oversight.report-months.audit");

    private final String monthsRule;

    ReportKind(String monthsRule) {
        this.monthsRule = monthsRule;
    }

    public String monthsRule() {
        return monthsRule;
    }
}
