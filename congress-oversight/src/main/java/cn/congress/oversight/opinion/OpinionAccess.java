package cn.congress.oversight.opinion;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with review opinions and problem items: staff (STAFF) issue, verify and close; members read; a
 * unit (UNIT) sees and reports on only its own organ's items and the opinions addressed to its organ. Anything the
 * caller may not see is a 404, also when its id is guessed.
 */
public final class OpinionAccess {

    private OpinionAccess() {
    }

    public static void requireStaff(Caller caller) {
        caller.require("办理审议意见", Role.STAFF);
    }

    public static void requireReader(Caller caller) {
        caller.require("查看审议意见", Role.STAFF, Role.MEMBER, Role.UNIT);
    }

    static boolean seesAll(Caller caller) {
        return caller.isSystem() || caller.hasAny(Role.STAFF, Role.MEMBER);
    }

    static boolean isOrgan(Caller caller, long organId) {
        return caller.has(Role.UNIT) && caller.orgUnitId() != null && caller.orgUnitId() == organId;
    }

    /** A unit sees an opinion addressed to its organ or holding one of its items. */
    static void requireSeeOpinion(Caller caller, ReviewOpinion o, boolean unitHasItems) {
        requireReader(caller);
        if (!seesAll(caller) && !isOrgan(caller, o.getOrganId()) && !unitHasItems) {
            throw new NotFoundException("审议意见", o.getId());
        }
    }

    static void requireSeeProblem(Caller caller, ProblemItem p) {
        requireReader(caller);
        if (!seesAll(caller) && !isOrgan(caller, p.getOrganId())) {
            throw new NotFoundException("问题", p.getId());
        }
    }

    /** The steps of the item's state machine this caller may take now. */
    static Set<ProblemStep> problemSteps(Caller caller, ProblemStatus status, long organId) {
        Set<ProblemStep> steps = EnumSet.noneOf(ProblemStep.class);
        boolean staff = caller.isSystem() || caller.has(Role.STAFF);
        boolean organ = isOrgan(caller, organId);
        for (ProblemStep s : ProblemStep.values()) {
            if (s != ProblemStep.CREATE && s != ProblemStep.CARRY_OVER && s.allowedFrom(status) && (s.byOrgan() ? organ : staff)) {
                steps.add(s);
            }
        }
        return steps;
    }

    /** The steps of the opinion's state machine this caller may take now. */
    static Set<OpinionStep> opinionSteps(Caller caller, ReviewOpinionState o) {
        Set<OpinionStep> steps = EnumSet.noneOf(OpinionStep.class);
        boolean staff = caller.isSystem() || caller.has(Role.STAFF);
        if (isOrgan(caller, o.organId()) && OpinionStep.SUBMIT_REPORT.allowedFrom(o.status())) {
            steps.add(OpinionStep.SUBMIT_REPORT);
        }
        if (staff) {
            for (OpinionStep s : EnumSet.of(OpinionStep.ADD_ITEM, OpinionStep.SCHEDULE_EVALUATION, OpinionStep.ACCEPT,
                    OpinionStep.CARRY_OVER)) {
                if (s.allowedFrom(o.status())) {
                    steps.add(s);
                }
            }
            if (!o.released()) {
                steps.add(OpinionStep.RELEASE);
            }
            if (o.reportToRelease()) {
                steps.add(OpinionStep.RELEASE_REPORT);
            }
        }
        return steps;
    }

    /** What the step decision needs of an opinion. */
    record ReviewOpinionState(OpinionStatus status, long organId, boolean released, boolean reportToRelease) {
    }
}
