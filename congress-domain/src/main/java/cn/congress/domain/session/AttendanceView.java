package cn.congress.domain.session;

import java.util.List;

/** The attendance page of a session: participants, those attending without a vote, and whether the caller records them. */
public record AttendanceView(SessionView.Meeting meeting, SessionService.Quorum quorum, List<ParticipantRow> participants,
                             List<SessionView.AttendeeRow> attendees, boolean mayRecord) {
}
