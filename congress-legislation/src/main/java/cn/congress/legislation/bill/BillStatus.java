package cn.congress.legislation.bill;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** Where a bill stands on the standing committee's track (domain guide 6.1). */
public enum BillStatus implements Labeled {
    DRAFTING, SUBMITTED, FIRST_READING_SCHEDULED, FIRST_READ, UNDER_UNIFIED_REVIEW, SECOND_READING_SCHEDULED, SECOND_READ,
    THIRD_READING_SCHEDULED, THIRD_READ, READY_FOR_VOTE, PASSED, REJECTED, AWAITING_APPROVAL, APPROVED, NOT_APPROVED,
    PROMULGATED, IN_FORCE, SHELVED, WITHDRAWN, TERMINATED;

    /** States in which the bill is being deliberated and may be shelved. */
    public static final Set<BillStatus> DELIBERATION = EnumSet.of(FIRST_READING_SCHEDULED, FIRST_READ, UNDER_UNIFIED_REVIEW,
            SECOND_READING_SCHEDULED, SECOND_READ, THIRD_READING_SCHEDULED, THIRD_READ, READY_FOR_VOTE);

    /** States before the vote, from which the sponsor may withdraw. */
    public static final Set<BillStatus> PRE_VOTE = EnumSet.of(DRAFTING, SUBMITTED, FIRST_READING_SCHEDULED, FIRST_READ,
            UNDER_UNIFIED_REVIEW, SECOND_READING_SCHEDULED, SECOND_READ, THIRD_READING_SCHEDULED, THIRD_READ, READY_FOR_VOTE, SHELVED);

    public static final Set<BillStatus> CLOSED = EnumSet.of(REJECTED, NOT_APPROVED, IN_FORCE, WITHDRAWN, TERMINATED);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }
}
