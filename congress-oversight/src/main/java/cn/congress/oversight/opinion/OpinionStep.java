package cn.congress.oversight.opinion;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.oversight.opinion.OpinionStatus.*;

/**
 * The state machine of a review opinion, stated once ({@code null} target: the state stays). A 不满意 result leads
 * to RE_REPORT, a new round of the same opinion.
 */
public enum OpinionStep implements Labeled {
    ISSUE(EnumSet.noneOf(OpinionStatus.class), ISSUED),
    ADD_ITEM(EnumSet.of(ISSUED, REPORTED, RE_REPORT), null),
    SUBMIT_REPORT(EnumSet.of(ISSUED, RE_REPORT), REPORTED),
    SCHEDULE_EVALUATION(EnumSet.of(REPORTED), UNDER_EVALUATION),
    ACCEPT(EnumSet.of(REPORTED), ACCEPTED),
    EVALUATION_PASSED(EnumSet.of(UNDER_EVALUATION), ACCEPTED),
    EVALUATION_FAILED(EnumSet.of(UNDER_EVALUATION), RE_REPORT),
    RELEASE(EnumSet.allOf(OpinionStatus.class), null),
    RELEASE_REPORT(EnumSet.of(REPORTED, UNDER_EVALUATION, ACCEPTED, RE_REPORT), null),
    CARRY_OVER(EnumSet.of(ISSUED, REPORTED, RE_REPORT, ACCEPTED), null);

    private final Set<OpinionStatus> from;
    private final OpinionStatus to;

    OpinionStep(Set<OpinionStatus> from, OpinionStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(OpinionStatus status) {
        return from.contains(status);
    }

    public OpinionStatus next(OpinionStatus current) {
        return to == null ? current : to;
    }
}
