package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.oversight.fiscal.budget.WarningStatus.*;

/**
 * The state machine of a warning, stated once: staff send it to the department with a question, the department
 * answers, staff close it (explained, or not worth asking) or turn it into a problem item of an opinion's checklist.
 */
public enum WarningStep implements Labeled {
    SEND(EnumSet.of(NEW), SENT, false),
    ANSWER(EnumSet.of(SENT), ANSWERED, true),
    CLOSE(EnumSet.of(NEW, ANSWERED), CLOSED, false),
    TO_PROBLEM(EnumSet.of(NEW, SENT, ANSWERED), PROBLEM, false);

    private final Set<WarningStatus> from;
    private final WarningStatus to;
    private final boolean byDepartment;

    WarningStep(Set<WarningStatus> from, WarningStatus to, boolean byDepartment) {
        this.from = from;
        this.to = to;
        this.byDepartment = byDepartment;
    }

    public boolean allowedFrom(WarningStatus status) {
        return from.contains(status);
    }

    public boolean byDepartment() {
        return byDepartment;
    }

    public WarningStatus next() {
        return to;
    }
}
