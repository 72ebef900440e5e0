package cn.congress.oversight.fiscal.review;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with the fiscal calendar: staff (the financial-economic committee's office) plan items, upload
 * documents, schedule and record decisions; members read. The calendar holds no department's own records, so a
 * department (UNIT) has no access.
 */
final class ReviewAccess {

    private ReviewAccess() {
    }

    public static void requireStaff(Caller caller) {
        caller.require("办理财政经济监督事项", Role.STAFF);
    }

    public static void requireReader(Caller caller) {
        caller.require("查看财政经济监督事项", Role.STAFF, Role.MEMBER);
    }

    /** The steps the caller may take now; the vote's outcome steps are the system's, never a button. */
    static Set<ReviewStep> steps(Caller caller, FiscalReview r) {
        Set<ReviewStep> steps = EnumSet.noneOf(ReviewStep.class);
        if (!(caller.isSystem() || caller.has(Role.STAFF))) {
            return steps;
        }
        for (ReviewStep s : EnumSet.of(ReviewStep.UPLOAD, ReviewStep.SCHEDULE)) {
            if (r.allows(s)) {
                steps.add(s);
            }
        }
        if (!r.getKind().approval() && r.allows(ReviewStep.RECORD_RESOLUTION)) {
            steps.add(ReviewStep.RECORD_RESOLUTION);
        }
        return steps;
    }
}
