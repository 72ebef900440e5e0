package cn.congress.domain.account;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The account figures of the administrators' dashboards, counted in the database (the web layer runs no SQL). */
@Service
@RequiredArgsConstructor
public class AccountFigures {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Accounts locked out right now (five wrong passwords, 15 minutes). */
    @Transactional(readOnly = true)
    public long lockedNow() {
        return jdbc.queryForObject("select count(*) from user_account where locked_until > ?", Long.class, Timestamp.from(clock.instant()));
    }

    /** How many enabled accounts hold each role; every role is listed, with 0 when none holds it. */
    @Transactional(readOnly = true)
    public Map<Role, Long> enabledByRole() {
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, 0L);
        }
        jdbc.query("select r.role, count(*) from user_role r join user_account u on u.id = r.user_id where u.enabled group by r.role", rs -> {
            byRole.put(Role.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return byRole;
    }
}
