package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.deputies.livelihood.ProgrammeStatus.*;

/** The steps of a year's chain, each with the states it starts from and the state it leads to (null: stays). */
public enum ProgrammeStep implements Labeled {
    PROPOSE(EnumSet.of(COLLECTING), null),
    START_SCREENING(EnumSet.of(COLLECTING), SCREENING),
    SCREEN(EnumSet.of(COLLECTING, SCREENING), null),
    RECORD_DELIBERATION(EnumSet.of(SCREENING), DELIBERATION),
    SEND_TO_DEPUTIES(EnumSet.of(DELIBERATION), null),
    PUT_TO_VOTE(EnumSet.of(DELIBERATION), VOTING),
    RUN_VOTE(EnumSet.of(VOTING), null),
    SCHEDULE_PROGRESS_REPORT(EnumSet.of(IMPLEMENTING), null),
    OPEN_EVALUATION(EnumSet.of(IMPLEMENTING), EVALUATING),
    RATE(EnumSet.of(EVALUATING), null),
    CLOSE_EVALUATION(EnumSet.of(EVALUATING), CLOSED);

    private final Set<ProgrammeStatus> from;
    private final ProgrammeStatus to;

    ProgrammeStep(Set<ProgrammeStatus> from, ProgrammeStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ProgrammeStatus status) {
        return from.contains(status);
    }

    public ProgrammeStatus to() {
        return to;
    }
}
