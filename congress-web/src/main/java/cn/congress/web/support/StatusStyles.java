package cn.congress.web.support;

import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.shared.Labeled;
import org.springframework.stereotype.Component;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The one place that maps a status to the style of its badge ({@code fragments/badge :: badge}), so that feature
 * enums carry no colours. A status is named {@code <Enum>.<CONSTANT>}; a status not listed gets the neutral style.
 * Tones are Bootstrap's {@code text-bg-*} pairs, which keep text and background contrast above WCAG AA.
 */
@Component("statusStyles")
public class StatusStyles {

    static final String NEUTRAL = "text-bg-light border";
    static final String ACTIVE = "text-bg-primary";
    static final String WAITING = "text-bg-warning";
    static final String DONE = "text-bg-success";
    static final String REFUSED = "text-bg-danger";
    static final String ENDED = "text-bg-secondary";
    static final String INFO = "text-bg-info";

    private static final Map<String, String> STYLES = Map.ofEntries(
            entry("ReviewStatus.PLANNED", NEUTRAL),
            entry("ReviewStatus.SCHEDULED", ACTIVE),
            entry("ReviewStatus.DECIDED", DONE),
            entry("ReviewStatus.APPROVED", DONE),
            entry("ReviewStatus.NOT_APPROVED", REFUSED),
            entry("WarningStatus.NEW", REFUSED),
            entry("WarningStatus.SENT", WAITING),
            entry("WarningStatus.ANSWERED", INFO),
            entry("WarningStatus.CLOSED", DONE),
            entry("WarningStatus.PROBLEM", ACTIVE),
            entry("SuggestionStatus.DRAFT", NEUTRAL),
            entry("SuggestionStatus.SUBMITTED", WAITING),
            entry("SuggestionStatus.RETURNED", WAITING),
            entry("SuggestionStatus.WITHDRAWN", ENDED),
            entry("SuggestionStatus.MERGED", ENDED),
            entry("SuggestionStatus.MOTION", INFO),
            entry("SuggestionStatus.MOTION_LISTED", DONE),
            entry("SuggestionStatus.REGISTERED", INFO),
            entry("SuggestionStatus.ASSIGNED", ACTIVE),
            entry("SuggestionStatus.RETURN_REQUESTED", WAITING),
            entry("SuggestionStatus.IN_PROGRESS", ACTIVE),
            entry("SuggestionStatus.ANSWERED", INFO),
            entry("SuggestionStatus.DISSATISFIED", REFUSED),
            entry("SuggestionStatus.REHANDLING", WAITING),
            entry("SuggestionStatus.FOLLOW_UP", INFO),
            entry("SuggestionStatus.CLOSED", DONE),
            entry("SuggestionKind.MOTION", ACTIVE),
            entry("DeputyStatus.SERVING", DONE),
            entry("DeputyStatus.SUSPENDED", WAITING),
            entry("DeputyStatus.TERMINATED", ENDED),
            entry("ReassignmentDecision.PENDING", WAITING),
            entry("ReassignmentDecision.AGREED", DONE),
            entry("ReassignmentDecision.REFUSED", REFUSED),
            entry("BillStatus.DRAFTING", ENDED),
            entry("BillStatus.SUBMITTED", ENDED),
            entry("BillStatus.PASSED", DONE),
            entry("BillStatus.APPROVED", DONE),
            entry("BillStatus.PROMULGATED", DONE),
            entry("BillStatus.IN_FORCE", DONE),
            entry("BillStatus.REJECTED", ENDED),
            entry("BillStatus.NOT_APPROVED", ENDED),
            entry("BillStatus.WITHDRAWN", ENDED),
            entry("BillStatus.TERMINATED", ENDED),
            entry("BillStatus.SHELVED", WAITING),
            entry("BillStatus.AWAITING_APPROVAL", INFO),
            entry("BillStatus.FIRST_READING_SCHEDULED", ACTIVE),
            entry("BillStatus.FIRST_READ", ACTIVE),
            entry("BillStatus.UNDER_UNIFIED_REVIEW", ACTIVE),
            entry("BillStatus.SECOND_READING_SCHEDULED", ACTIVE),
            entry("BillStatus.SECOND_READ", ACTIVE),
            entry("BillStatus.THIRD_READING_SCHEDULED", ACTIVE),
            entry("BillStatus.THIRD_READ", ACTIVE),
            entry("BillStatus.READY_FOR_VOTE", ACTIVE),
            entry("RegulationStatus.IN_FORCE", DONE),
            entry("RegulationStatus.AMENDED", ACTIVE),
            entry("RegulationStatus.REPEALED", ENDED),
            entry("FilingStatus.RECEIVED", ENDED),
            entry("FilingStatus.UNDER_REVIEW", ACTIVE),
            entry("FilingStatus.PROBLEM_FOUND", WAITING),
            entry("FilingStatus.CORRECTION_REQUESTED", WAITING),
            entry("FilingStatus.ANSWERED", INFO),
            entry("FilingStatus.CLOSED", DONE),
            entry("PlanStanding.LATE", REFUSED),
            entry("PlanStanding.ON_TIME", DONE),
            entry("PlanStanding.MOVED", WAITING),
            entry("PlanStanding.NOT_DUE", ENDED),
            entry("ProposalDecision.LISTED", DONE),
            entry("ProposalDecision.NOT_LISTED", ENDED),
            entry("ProposalDecision.PENDING", WAITING),
            entry("ItemStatus.ADOPTED", DONE),
            entry("ItemStatus.PUBLISHED", DONE),
            entry("ItemStatus.SWORN_IN", DONE),
            entry("ItemStatus.CERTIFICATE_ISSUED", DONE),
            entry("ItemStatus.REJECTED", REFUSED),
            entry("ItemStatus.NOT_VOTED", REFUSED),
            entry("SessionStatus.IN_PROGRESS", DONE),
            entry("SessionStatus.PLANNED", INFO),
            entry("SessionStatus.CLOSED", ENDED),
            entry("Attendance.PRESENT", DONE),
            entry("Attendance.LEAVE", WAITING),
            entry("Attendance.ABSENT", ENDED),
            entry("VoteStatus.OPEN", WAITING));

    /** The badge classes of {@code status}, or the neutral style. */
    public String of(Object status) {
        if (status instanceof Labeled labeled) {
            return STYLES.getOrDefault(key(labeled), NEUTRAL);
        }
        return NEUTRAL;
    }

    /** The classes of a named tone ({@code done}, {@code waiting}, {@code refused}, …) for flags that are not a status. */
    public String tone(String tone) {
        return switch (tone) {
            case "active" -> ACTIVE;
            case "waiting" -> WAITING;
            case "done" -> DONE;
            case "refused" -> REFUSED;
            case "ended" -> ENDED;
            case "info" -> INFO;
            default -> NEUTRAL;
        };
    }

    /** The style of an outcome (adopted, satisfied): green for yes, red for no, neutral while open. */
    public String outcome(Boolean yes) {
        return yes == null ? NEUTRAL : yes ? DONE : REFUSED;
    }

    /** The button of a ballot choice: 赞成 green, 反对 red, 弃权 grey. */
    public String choiceButton(BallotChoice choice) {
        return switch (choice) {
            case YES -> "btn-success";
            case NO -> "btn-danger";
            default -> "btn-secondary";
        };
    }

    static String key(Labeled status) {
        Class<?> type = status.getClass().isAnonymousClass() ? status.getClass().getSuperclass() : status.getClass();
        return type.getSimpleName() + "." + status.name();
    }
}
