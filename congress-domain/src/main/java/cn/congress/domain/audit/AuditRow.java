package cn.congress.domain.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The content of an audit row as its MAC covers it: every column the application writes, with the JSON values in
 * PostgreSQL's normalised {@code jsonb} text so that the MAC computed at insert equals the one computed from a read.
 */
record AuditRow(long id, Instant occurredAt, Long actorId, String actorUsername, String actorName, String ip,
                String action, String targetType, String targetId, String summary, String beforeValue,
                String afterValue, String actorRole, String outcome, String requestId) {

    /** The columns {@link #read} expects, for a select on {@code audit_entry e}. */
    static final String COLUMNS = """
            e.id, e.occurred_at, e.actor_id, e.actor_username, e.actor_name, e.ip, e.action, e.target_type, e.target_id,
            e.summary, e.before_value::text as before_text, e.after_value::text as after_text, e.actor_role, e.outcome,
            e.request_id""";

    static AuditRow read(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), (Long) rs.getObject("actor_id", Long.class),
                rs.getString("actor_username"), rs.getString("actor_name"), rs.getString("ip"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"), rs.getString("before_text"),
                rs.getString("after_text"), rs.getString("actor_role"), rs.getString("outcome"), rs.getString("request_id"));
    }

    String macWith(AuditMac mac) {
        return mac.of("audit_entry", id, occurredAt, actorId, actorUsername, actorName, ip, action, targetType, targetId,
                summary, beforeValue, afterValue, actorRole, outcome, requestId);
    }
}
