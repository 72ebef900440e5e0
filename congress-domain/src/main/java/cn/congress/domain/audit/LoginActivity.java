package cn.congress.domain.audit;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Logins, failed logins and access denials per day, from the audit log, for the auditor's dashboard. */
@Service
@RequiredArgsConstructor
public class LoginActivity {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** One day of the chart: {@code day} as MM-DD. */
    public record Day(String day, long ok, long failed, long denied) {
    }

    /** The last {@code days} days up to today, oldest first, days without events included. */
    @Transactional(readOnly = true)
    public List<Day> lastDays(int days) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("""
                select to_char(d, 'MM-DD') as day,
                       count(a.id) filter (where a.action = 'LOGIN_SUCCESS') as ok,
                       count(a.id) filter (where a.action = 'LOGIN_FAILURE') as failed,
                       count(a.id) filter (where a.action = 'ACCESS_DENIED') as denied
                from generate_series(?::date, ?::date, interval '1 day') d
                left join audit_entry a on a.occurred_at >= d and a.occurred_at < d + interval '1 day'
                group by d order by d
                """, (rs, i) -> new Day(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                Date.valueOf(today.minusDays(days - 1L)), Date.valueOf(today));
    }
}
