package cn.congress.oversight.inspection;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.oversight.plan.OversightPlanService;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with investigations, inquiry questions and interpellations: staff record them; everyone who may
 * see the topic reads them (the topic's own access decides that, including the 404 for a unit of another organ).
 */
final class InspectionAccess {

    private InspectionAccess() {
    }

    public static void requireStaff(Caller caller) {
        caller.require("办理检查、询问和质询", Role.STAFF);
    }

    static Set<InvestigationStep> stepsFor(Caller caller, OversightPlanService.TopicRef topic) {
        Set<InvestigationStep> steps = EnumSet.noneOf(InvestigationStep.class);
        if (caller.isSystem() || caller.has(Role.STAFF)) {
            for (InvestigationStep s : InvestigationStep.values()) {
                if (s.allowedFor(topic.kind(), topic.status())) {
                    steps.add(s);
                }
            }
        }
        return steps;
    }
}
