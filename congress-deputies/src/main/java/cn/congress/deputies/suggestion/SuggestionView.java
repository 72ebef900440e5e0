package cn.congress.deputies.suggestion;

import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.shared.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the suggestion page shows, read in one transaction and detached from the entities: what the caller may
 * see of the suggestion and the {@link #actions} the caller may take now. Parts the caller may not see are null or
 * empty (co-unit opinions outside staff and units, the withdrawal request outside the deputies concerned).
 */
public record SuggestionView(
        long id, long version, String title, String content, SuggestionKind kind, SuggestionCategory category,
        SuggestionStatus status, String displayNumber, String registrationNumber, String leadDeputyName, String delegationName,
        Instant submittedAt, String returnReason, Ref mergedInto, Long bundleId, String bundleTheme, boolean keySupervised,
        String supervisingLeader, boolean published, int round, boolean overdue, Handling handling,
        List<Signer> signers, int deputyCount, Motion motion, Withdrawal withdrawal, List<RoundView> rounds,
        List<Commitment> commitments, List<CoUnitOpinion> coUnitOpinions, List<Contact> contacts,
        PendingRequest pendingReassignment, PendingRequest pendingExtension, String dissatisfactionComment,
        List<AttachmentInfo> attachments, List<AttachmentInfo> answerAttachments, List<TimelineEntry> timeline,
        Set<SuggestionAction> actions, UnitRole unitRole) {

    /** Whether the caller may take {@code action} now (templates: {@code view.can('ASSIGN')}). */
    public boolean can(String action) {
        return actions.contains(SuggestionAction.valueOf(action));
    }

    public boolean can(SuggestionAction action) {
        return actions.contains(action);
    }

    /** Any of the staff's actions, for the cards that group them. */
    public boolean canAny(String... any) {
        for (String a : any) {
            if (can(a)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's unit leads the handling (主办). */
    public boolean leadUnit() {
        return unitRole == UnitRole.LEAD;
    }

    /** The caller's unit leads (主办) or assists (协办) in handling it; null for anyone else. */
    public enum UnitRole {
        LEAD, CO
    }

    public record Ref(long id, String title) {
    }

    /** 交办: by whom it is handled and by when. */
    public record Handling(String assignmentNumber, String leadUnitName, List<String> coUnitNames, LocalDate assignedOn,
                           LocalDate dueOn, String extensionReason) {
    }

    public record Signer(String name, boolean confirmed) {
    }

    /** A motion gathering names: the rule's threshold and who may still join. */
    public record Motion(int threshold, int missing, List<String> mayStillSign) {
    }

    /** A withdrawal waiting for the joint deputies' consent. */
    public record Withdrawal(String reason, List<Consent> consents) {
    }

    public record Consent(String name, boolean given) {
    }

    public record RoundView(int number, LocalDate dueOn, String answerCategory, String answer, Instant answeredAt, String answeredBy,
                            String satisfaction, String evaluation, Instant evaluatedAt) {
    }

    public record Commitment(long id, String content, LocalDate dueOn, LocalDate doneOn) {

        public boolean done() {
            return doneOn != null;
        }
    }

    public record CoUnitOpinion(String unitName, String opinion) {
    }

    public record Contact(LocalDate date, String unitName, String way, String content) {
    }

    /** A unit's pending request (调整交办 or 延期) that staff must decide. */
    public record PendingRequest(String unitName, String reason, LocalDate proposedDue) {
    }
}
