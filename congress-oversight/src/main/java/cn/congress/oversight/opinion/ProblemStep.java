package cn.congress.oversight.opinion;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.oversight.opinion.ProblemStatus.*;

/**
 * The state machine of a problem item (domain guide 6.3), stated once: the responsible organ reports progress and
 * submits for verification; staff close (销号), return with reasons, agree to long-term rectification, reopen a
 * relapse, or carry the item into a 回头看. {@code null} target: the state stays.
 */
public enum ProblemStep implements Labeled {
    CREATE(EnumSet.noneOf(ProblemStatus.class), ASSIGNED, false),
    EDIT(EnumSet.of(ASSIGNED, RECTIFYING, REPORTED, LONG_TERM), null, false),
    REPORT_PROGRESS(EnumSet.of(ASSIGNED, RECTIFYING, LONG_TERM), null, true),
    SUBMIT(EnumSet.of(ASSIGNED, RECTIFYING, LONG_TERM), REPORTED, true),
    RETURN(EnumSet.of(REPORTED), RECTIFYING, false),
    CLOSE(EnumSet.of(REPORTED), CLOSED, false),
    MARK_LONG_TERM(EnumSet.of(REPORTED), LONG_TERM, false),
    REOPEN(EnumSet.of(CLOSED), RECTIFYING, false),
    CARRY_OVER(EnumSet.of(ASSIGNED, RECTIFYING, REPORTED, LONG_TERM), CARRIED_OVER, false);

    private final Set<ProblemStatus> from;
    private final ProblemStatus to;
    private final boolean byOrgan;

    ProblemStep(Set<ProblemStatus> from, ProblemStatus to, boolean byOrgan) {
        this.from = from;
        this.to = to;
        this.byOrgan = byOrgan;
    }

    public boolean allowedFrom(ProblemStatus status) {
        return from.contains(status);
    }

    /** The responsible organ takes this step; staff take the others. */
    public boolean byOrgan() {
        return byOrgan;
    }

    public ProblemStatus next(ProblemStatus current) {
        if (this == REPORT_PROGRESS) {
            return current == ASSIGNED ? RECTIFYING : current;
        }
        return to == null ? current : to;
    }
}
