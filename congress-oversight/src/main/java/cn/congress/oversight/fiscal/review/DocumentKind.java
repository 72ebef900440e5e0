package cn.congress.oversight.fiscal.review;

import cn.congress.domain.shared.Labeled;

/** The documents of a calendar item: the government's report and the financial-economic committee's 初审报告. */
public enum DocumentKind implements Labeled {
    GOVERNMENT_REPORT, PRELIMINARY_REVIEW;

    /** The attachment owner type the document is stored under. */
    public String ownerType() {
        return this == GOVERNMENT_REPORT ? "FiscalReviewReport" : "FiscalReviewPreliminary";
    }
}
