package cn.congress.domain.appointment;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** The history of a motion and its persons (appointment_history): written by every appointment service, read as a timeline. */
@Component
@RequiredArgsConstructor
class AppointmentHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    void record(long motionId, Long itemId, MotionEvent event, String remark) {
        jdbc.update("insert into appointment_history (motion_id, item_id, action, actor, occurred_at, remark) values (?, ?, ?, ?, ?, ?)",
                motionId, itemId, event.name(), Caller.current().name(), Timestamp.from(clock.instant()), remark);
    }

    List<TimelineEntry> of(long motionId) {
        return jdbc.query("select action, actor, occurred_at, remark from appointment_history where motion_id = ? order by id",
                (rs, i) -> TimelineEntry.of(rs.getTimestamp(3).toInstant(), MotionEvent.valueOf(rs.getString(1)).getMessageKey(),
                        rs.getString(2), rs.getString(4)), motionId);
    }
}
