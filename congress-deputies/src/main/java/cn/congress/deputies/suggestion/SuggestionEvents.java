package cn.congress.deputies.suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a suggestion that somebody must hear about. The services publish these inside their
 * transaction; {@link SuggestionNotifications} turns them into notifications once the change has committed.
 * Each event carries what its message needs, so that the listener reads no entity.
 */
final class SuggestionEvents {

    private SuggestionEvents() {
    }

    /** Filed with joint deputies still to confirm. */
    record SignaturesRequested(long id, String title, String leadDeputyName, List<Long> invitedAccountIds) {
    }

    /** The lead deputy asked to withdraw a suggestion that joint deputies signed. */
    record WithdrawalRequested(long id, String title, String leadDeputyName, List<Long> signerAccountIds) {
    }

    /** The last joint deputy consented: withdrawn. */
    record WithdrawnByConsent(long id, String title, Long leadDeputyAccountId) {
    }

    record Assigned(long id, String title, String assignmentNumber, long leadUnitId, String leadUnitName, List<Long> coUnitIds,
                    LocalDate dueOn) {
    }

    record ExtensionRequested(long id, String title, Long assignedByAccountId, String unitName, LocalDate proposedDue, String reason) {
    }

    record ExtensionDecided(long id, String title, long leadUnitId, boolean agreed, LocalDate dueOn, String note) {
    }

    record Answered(long id, String title, Long leadDeputyAccountId, String unitName) {
    }

    record Dissatisfied(long id, String title, Long assignedByAccountId, String comment) {
    }

    record Rehandling(long id, String title, long leadUnitId, String complaint, LocalDate dueOn) {
    }

    record ConcludedDespiteDissatisfaction(long id, String title, Long leadDeputyAccountId, String explanation) {
    }
}
