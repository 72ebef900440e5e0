package cn.congress.web.support;

import cn.congress.domain.appointment.ItemStatus;
import cn.congress.domain.session.Attendance;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.SessionStatus;
import cn.congress.domain.session.VoteStatus;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.legislation.filing.FilingStatus;
import cn.congress.legislation.plan.PlanStanding;
import cn.congress.legislation.plan.ProposalDecision;
import cn.congress.legislation.regulation.RegulationStatus;
import org.springframework.stereotype.Component;

/**
 * The badge colour of a status, for sessions, appointments and legislation: the web layer decides how a status
 * looks (feature enums carry no colours). Templates call {@code ${@statusBadges.of(x.status)}}, which returns the
 * Bootstrap classes of the badge.
 */
@Component("statusBadges")
public class StatusBadges {

    public String of(Object status) {
        return "text-bg-" + colour(status) + (light(status) ? " border" : "");
    }

    /** The colour of an outcome (adopted, satisfied): green for yes, red for no. */
    public String outcome(Boolean yes) {
        return yes == null ? "text-bg-light border" : yes ? "text-bg-success" : "text-bg-danger";
    }

    /** The colour of a ballot button: 赞成 green, 反对 red, 弃权 grey. */
    public String choiceButton(BallotChoice choice) {
        return switch (choice) {
            case YES -> "btn-success";
            case NO -> "btn-danger";
            default -> "btn-secondary";
        };
    }

    private static boolean light(Object status) {
        return "light".equals(colour(status));
    }

    private static String colour(Object status) {
        if (status instanceof BillStatus s) {
            return switch (s) {
                case DRAFTING, SUBMITTED -> "secondary";
                case PASSED, APPROVED, PROMULGATED, IN_FORCE -> "success";
                case REJECTED, NOT_APPROVED, WITHDRAWN, TERMINATED -> "dark";
                case SHELVED -> "warning";
                case AWAITING_APPROVAL -> "info";
                default -> "primary";
            };
        }
        if (status instanceof RegulationStatus s) {
            return switch (s) {
                case IN_FORCE -> "success";
                case AMENDED -> "primary";
                case REPEALED -> "secondary";
            };
        }
        if (status instanceof FilingStatus s) {
            return switch (s) {
                case RECEIVED -> "secondary";
                case UNDER_REVIEW -> "primary";
                case PROBLEM_FOUND, CORRECTION_REQUESTED -> "warning";
                case ANSWERED -> "info";
                case CLOSED -> "success";
            };
        }
        if (status instanceof PlanStanding s) {
            return switch (s) {
                case LATE -> "danger";
                case ON_TIME -> "success";
                case MOVED -> "warning";
                case NOT_DUE -> "secondary";
            };
        }
        if (status instanceof ProposalDecision d) {
            return switch (d) {
                case LISTED -> "success";
                case NOT_LISTED -> "secondary";
                case PENDING -> "warning";
            };
        }
        if (status instanceof ItemStatus s) {
            return s.isAdopted() ? "success" : s == ItemStatus.REJECTED || s == ItemStatus.NOT_VOTED ? "danger" : "light";
        }
        if (status instanceof SessionStatus s) {
            return switch (s) {
                case IN_PROGRESS -> "success";
                case PLANNED -> "info";
                case CLOSED -> "secondary";
            };
        }
        if (status instanceof Attendance a) {
            return switch (a) {
                case PRESENT -> "success";
                case LEAVE -> "warning";
                case ABSENT -> "secondary";
            };
        }
        if (status instanceof VoteStatus s) {
            return s == VoteStatus.OPEN ? "warning" : "light";
        }
        return "light";
    }
}
