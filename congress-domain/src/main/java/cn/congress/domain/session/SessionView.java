package cn.congress.domain.session;

import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.shared.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A session as its page shows it, built in one read-only transaction: the session, attendance, the agenda with its
 * documents and votes, those attending without a vote, the journal, and what the caller may do now.
 */
public record SessionView(Meeting meeting, SessionService.Quorum quorum, List<Item> agenda, List<AttendeeRow> attendees,
                          List<TimelineEntry> history, Set<SessionStep> actions, boolean organiser) {

    /** The session itself. */
    public record Meeting(long id, long version, String title, SessionKind kind, SessionStatus status, LocalDate startDate,
                          LocalDate endDate, String place, boolean ballotChangeAllowed) {

        static Meeting of(cn.congress.domain.session.Meeting m) {
            return new Meeting(m.getId(), m.getVersion(), m.getTitle(), m.getKind(), m.getStatus(), m.getStartDate(),
                    m.getEndDate(), m.getPlace(), m.isBallotChangeAllowed());
        }
    }

    /** One agenda item with its documents and votes. */
    public record Item(long id, int position, AgendaItemType type, String title, String presenter, List<AttachmentInfo> documents,
                       List<VoteRow> votes) {
    }

    /** Someone attending without a vote (列席). */
    public record AttendeeRow(long id, String name, String organ) {
    }

    public boolean can(String step) {
        return actions.contains(SessionStep.valueOf(step));
    }
}
