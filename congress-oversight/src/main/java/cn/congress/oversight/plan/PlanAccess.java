package cn.congress.oversight.plan;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with plans, topics and proposals: staff (STAFF) run the plan; members and deputies read it and
 * propose topics; a unit (UNIT) sees only the topics that concern its own organ; anyone may send a public proposal
 * through the public form. A topic the caller may not see is a 404.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    public static void requireStaff(Caller caller) {
        caller.require("办理监督计划", Role.STAFF);
    }

    public static void requireReader(Caller caller) {
        caller.require("查看监督计划", Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.UNIT);
    }

    public static void requireProposer(Caller caller) {
        caller.require("提出监督议题建议", Role.STAFF, Role.MEMBER, Role.DEPUTY);
    }

    public static boolean canSeeTopic(Caller caller, long organId) {
        if (caller.isSystem() || caller.hasAny(Role.STAFF, Role.MEMBER, Role.DEPUTY)) {
            return true;
        }
        return caller.has(Role.UNIT) && caller.orgUnitId() != null && caller.orgUnitId() == organId;
    }

    static void requireSeeTopic(Caller caller, long topicId, long organId) {
        requireReader(caller);
        if (!canSeeTopic(caller, organId)) {
            throw new NotFoundException("议题", topicId);
        }
    }

    /** The steps of a topic's state machine this caller may take now. */
    static Set<TopicStep> stepsFor(Caller caller, TopicStatus status) {
        Set<TopicStep> steps = EnumSet.noneOf(TopicStep.class);
        if (caller.isSystem() || caller.has(Role.STAFF)) {
            for (TopicStep s : TopicStep.values()) {
                if (s.allowedFrom(status)) {
                    steps.add(s);
                }
            }
        }
        return steps;
    }

    static boolean canSeeProposal(Caller caller, TopicProposal p) {
        return caller.isSystem() || caller.has(Role.STAFF)
                || (caller.accountId() != null && caller.accountId().equals(p.getProposerAccountId()));
    }

    /** The source a proposal from an account is recorded under. */
    static ProposalSource sourceOf(Caller caller) {
        if (caller.has(Role.MEMBER)) {
            return ProposalSource.MEMBER;
        }
        if (caller.has(Role.DEPUTY)) {
            return ProposalSource.DEPUTY;
        }
        return ProposalSource.WORKING_BODY;
    }
}
