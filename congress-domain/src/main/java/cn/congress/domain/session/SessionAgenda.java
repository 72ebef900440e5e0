package cn.congress.domain.session;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of sessions: the standing-committee sessions to schedule an item at, and putting an
 * item that points at their own record on a session's agenda.
 */
public interface SessionAgenda {

    /** Standing-committee sessions not yet closed, soonest first, for a "schedule at session" picker. */
    List<SessionSummary> upcomingStandingCommitteeSessions();

    Optional<SessionSummary> find(long sessionId);

    /**
     * Appends an item to the session's agenda and returns its id. {@code targetType} is the simple class name of
     * the record (e.g. {@code Bill}), so that {@link VoteConcluded} can name it back.
     */
    long addItem(long sessionId, AgendaItemType type, String title, String targetType, Long targetId);
}
