package cn.congress.domain.session;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The history of a session and its votes: who did what when (宣布开会, 开始表决, 表决结束…). */
@Component
@RequiredArgsConstructor
class MeetingJournal {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    void record(long meetingId, Long voteId, MeetingEvent event, String remark) {
        jdbc.update("insert into meeting_history (meeting_id, vote_id, action, actor, occurred_at, remark) values (?, ?, ?, ?, ?, ?)",
                meetingId, voteId, event.name(), Caller.current().name(), Timestamp.from(clock.instant()), remark);
    }

    /** The journal as a timeline. */
    List<TimelineEntry> of(long meetingId) {
        return jdbc.query("select action, actor, occurred_at, remark from meeting_history where meeting_id = ? order by id",
                (rs, i) -> TimelineEntry.of(rs.getTimestamp(3).toInstant(), MeetingEvent.valueOf(rs.getString(1)).getMessageKey(),
                        rs.getString(2), rs.getString(4)), meetingId);
    }
}
