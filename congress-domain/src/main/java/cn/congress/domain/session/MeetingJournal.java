package cn.congress.domain.session;

import cn.congress.domain.shared.Actor;
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
public class MeetingJournal {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public record Entry(String action, String actor, Instant occurredAt, String remark, Long voteId) {
    }

    public void record(long meetingId, Long voteId, String action, String remark) {
        jdbc.update("insert into meeting_history (meeting_id, vote_id, action, actor, occurred_at, remark) values (?, ?, ?, ?, ?, ?)",
                meetingId, voteId, action, Actor.current().displayName(), Timestamp.from(clock.instant()), remark);
    }

    public List<Entry> of(long meetingId) {
        return jdbc.query("select action, actor, occurred_at, remark, vote_id from meeting_history where meeting_id = ? order by id",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        (Long) rs.getObject(5)), meetingId);
    }
}
