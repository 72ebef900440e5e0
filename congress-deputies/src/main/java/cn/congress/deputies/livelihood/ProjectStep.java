package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.deputies.livelihood.ProjectStatus.*;

/**
 * The state machine of a project (domain guide §6.4), stated once: each step names the states it may start from and
 * the state it leads to ({@code null}: the project stays where it is, e.g. a progress report). {@link LivelihoodProject}
 * refuses any other move; {@link LivelihoodAccess} says who may take which step.
 */
public enum ProjectStep implements Labeled {
    PROPOSE(EnumSet.noneOf(ProjectStatus.class), PROPOSED),
    APPROVE(EnumSet.of(PENDING_MODERATION), PROPOSED),
    REJECT(EnumSet.of(PENDING_MODERATION), REJECTED),
    MERGE(EnumSet.of(PROPOSED), MERGED),
    SCREEN_OUT(EnumSet.of(PROPOSED), SCREENED_OUT),
    SHORTLIST(EnumSet.of(PROPOSED), CANDIDATE),
    UNLIST(EnumSet.of(CANDIDATE), PROPOSED),
    CONFIRM(EnumSet.of(CANDIDATE), CANDIDATE_CONFIRMED),
    PUT_TO_BALLOT(EnumSet.of(CANDIDATE_CONFIRMED), ON_BALLOT),
    SELECT(EnumSet.of(ON_BALLOT), SELECTED),
    NOT_SELECT(EnumSet.of(ON_BALLOT), NOT_SELECTED),
    START(EnumSet.of(SELECTED), IMPLEMENTING),
    ADD_MILESTONE(EnumSet.of(SELECTED, IMPLEMENTING, DELAYED), null),
    REPORT(EnumSet.of(IMPLEMENTING, DELAYED), null),
    COMPLETE(EnumSet.of(IMPLEMENTING, DELAYED), COMPLETED),
    ADJUST(EnumSet.of(SELECTED, IMPLEMENTING, DELAYED), null),
    ASSIGN_SUPERVISORS(EnumSet.of(SELECTED, IMPLEMENTING, DELAYED, COMPLETED), null),
    INSPECT(EnumSet.of(SELECTED, IMPLEMENTING, DELAYED, COMPLETED, RECTIFYING), null),
    RATE(EnumSet.of(COMPLETED), null),
    EVALUATE_PASS(EnumSet.of(COMPLETED), EVALUATED),
    EVALUATE_FAIL(EnumSet.of(COMPLETED), RECTIFYING),
    RECTIFY(EnumSet.of(RECTIFYING), RECTIFIED);

    private final Set<ProjectStatus> from;
    private final ProjectStatus to;

    ProjectStep(Set<ProjectStatus> from, ProjectStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }

    /** The state after the step, or null when the step leaves the state as it is. */
    public ProjectStatus to() {
        return to;
    }
}
