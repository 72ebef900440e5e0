package cn.congress.oversight.fiscal.review;

import cn.congress.domain.shared.Labeled;

/** Where a calendar item stands: planned, on a session's agenda, decided (resolution or opinion), approved or not. */
public enum ReviewStatus implements Labeled {
    PLANNED, SCHEDULED, DECIDED, APPROVED, NOT_APPROVED
}
