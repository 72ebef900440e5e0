package cn.congress.domain.account;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.Actor;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The 等保 lock (8.1.4.1 b): five failed logins in a row lock the account — but only for the client address they
 * came from, so that a stranger who knows a username cannot lock its rightful user out from elsewhere. Unknown
 * usernames are counted the same way, so the lock says nothing about which names exist. The security
 * administrator sees and lifts locks; locking and unlocking are audited.
 */
@Service
@RequiredArgsConstructor
public class LoginLocks {

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    public record LockRow(String username, String clientAddress, int failedAttempts, Instant lockedUntil) {
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username, String clientAddress) {
        List<Timestamp> until = jdbc.queryForList("select locked_until from login_lock where username = ? and client_address = ?",
                Timestamp.class, key(username), clientAddress);
        return !until.isEmpty() && until.get(0) != null && clock.instant().isBefore(until.get(0).toInstant());
    }

    /** Counts a failure from this address; returns true when this failure locked the pair. */
    @Transactional
    public boolean recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        Integer attempts = jdbc.queryForObject("""
                insert into login_lock (username, client_address, failed_attempts, last_failure_at) values (?, ?, 1, ?)
                on conflict (username, client_address) do update set
                    failed_attempts = case when login_lock.locked_until is not null and login_lock.locked_until <= excluded.last_failure_at
                                           then 1 else login_lock.failed_attempts + 1 end,
                    locked_until = case when login_lock.locked_until <= excluded.last_failure_at then null else login_lock.locked_until end,
                    last_failure_at = excluded.last_failure_at
                returning failed_attempts
                """, Integer.class, key(username), clientAddress, ts);
        if (attempts != null && attempts == properties.maxFailedAttempts()) {
            jdbc.update("update login_lock set locked_until = ? where username = ? and client_address = ?",
                    Timestamp.from(now.plus(properties.lockDuration())), key(username), clientAddress);
            auditLog.recordAs(new Actor(null, key(username), null, clientAddress), AuditAction.ACCOUNT_LOCKED, "UserAccount", null,
                    "连续" + attempts + "次登录失败，已锁定来自 " + clientAddress + " 的登录" + properties.lockDuration().toMinutes() + "分钟",
                    null, null);
            return true;
        }
        return false;
    }

    @Transactional
    public void recordSuccess(String username, String clientAddress) {
        jdbc.update("delete from login_lock where username = ? and client_address = ?", key(username), clientAddress);
    }

    /** The current locks of an account, for the security administrator. */
    @Transactional(readOnly = true)
    public List<LockRow> locksOf(String username) {
        AccountAccess.requireSecurityAdmin(Caller.current());
        return jdbc.query("select username, client_address, failed_attempts, locked_until from login_lock "
                        + "where username = ? and locked_until > ? order by locked_until desc",
                (rs, i) -> new LockRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()),
                key(username), Timestamp.from(clock.instant()));
    }

    /** The security administrator lifts every lock of an account. */
    @Transactional
    public int unlock(long accountId, String username) {
        AccountAccess.requireSecurityAdmin(Caller.current());
        int lifted = jdbc.update("delete from login_lock where username = ?", key(username));
        auditLog.record(AuditAction.ACCOUNT_UNLOCKED, "UserAccount", accountId, "解除登录锁定：" + key(username) + "（" + lifted + " 个来源地址）");
        return lifted;
    }

    /** Forgets counters that have not moved for a day; returns how many. */
    @Transactional
    public int forgetStale() {
        return jdbc.update("delete from login_lock where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(clock.instant().minusSeconds(86_400)), Timestamp.from(clock.instant()));
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase();
        return k.length() > 64 ? k.substring(0, 64) : k;
    }
}
