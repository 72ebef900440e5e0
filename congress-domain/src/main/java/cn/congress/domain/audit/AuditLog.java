package cn.congress.domain.audit;

import cn.congress.domain.shared.Actor;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. A write joins the caller's transaction, so a change and its audit entry
 * commit together or not at all (fail closed); security events outside a transaction commit on their own.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

    private static final int SUMMARY_MAX = 500;

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public void record(AuditAction action, String targetType, Object targetId, String summary) {
        record(action, targetType, targetId, summary, null, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String targetType, Object targetId, String summary, Object before, Object after) {
        recordAs(Actor.current(), action, targetType, targetId, summary, before, after);
    }

    /** For events where the actor is known but not yet (or no longer) the authenticated user: logins and logouts. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(Actor actor, AuditAction action, String targetType, Object targetId, String summary, Object before, Object after) {
        jdbc.update("""
                        insert into audit_entry (occurred_at, actor_id, actor_username, actor_name, ip, action,
                                                 target_type, target_id, summary, before_value, after_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                        """,
                Timestamp.from(clock.instant()), actor.accountId(), actor.username(), actor.displayName(), actor.ip(),
                action.name(), targetType, targetId == null ? null : targetId.toString(), truncate(summary),
                toJson(before), toJson(after));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return entries.findAll(filter.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest() {
        return entries.findTop10ByOrderByOccurredAtDesc();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String targetType, Object targetId) {
        return entries.findByTargetTypeAndTargetIdOrderByOccurredAtDesc(targetType, String.valueOf(targetId));
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= SUMMARY_MAX ? s : s.substring(0, SUMMARY_MAX);
    }
}
