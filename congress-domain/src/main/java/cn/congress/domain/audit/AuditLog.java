package cn.congress.domain.audit;

import cn.congress.domain.shared.Actor;
import cn.congress.domain.shared.RequestOrigin;
import org.springframework.data.jpa.domain.Specification;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
    private final AuditMac mac;
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
        insert(clock.instant(), actor, action, targetType, targetId, summary, before, after);
    }

    /**
     * Who an entry is recorded for, taken on the thread that serves the request, for an entry that another thread
     * writes on its behalf (the group commit of public comments writes a batch of requests' rows on one thread).
     */
    public record Origin(Actor actor, String role, String requestId) {

        public static Origin current() {
            Actor actor = Actor.current();
            return new Origin(actor, roleOf(actor), RequestOrigin.requestId());
        }
    }

    /** One entry of {@link #recordAll}. */
    public record Entry(Origin origin, AuditAction action, String targetType, Object targetId, String summary, Object before, Object after) {
    }

    /**
     * Writes many entries inside the caller's transaction with two statements in all (ids and normalised JSON, then
     * one multi-row insert), each row with its own MAC exactly as {@link #insert} writes it: a pair of statements per
     * entry would be most of the database work of a batch of public comments.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int n = entries.size();
        String[] before = new String[n];
        String[] after = new String[n];
        for (int i = 0; i < n; i++) {
            before[i] = toJson(entries.get(i).before());
            after[i] = toJson(entries.get(i).after());
        }
        List<Object[]> stored = jdbc.query("""
                        select nextval(pg_get_serial_sequence('audit_entry', 'id')), cast(t.b as jsonb)::text, cast(t.a as jsonb)::text
                        from unnest(?::text[], ?::text[]) with ordinality as t(b, a, n) order by t.n
                        """, (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
                array("text", before), array("text", after));
        List<AuditRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            Actor actor = e.origin().actor();
            rows.add(new AuditRow((Long) stored.get(i)[0], at, actor.accountId(), actor.username(), actor.displayName(), actor.ip(),
                    e.action().name(), e.targetType(), e.targetId() == null ? null : e.targetId().toString(), truncate(e.summary()),
                    (String) stored.get(i)[1], (String) stored.get(i)[2], e.origin().role(), e.action().outcome(), e.origin().requestId()));
        }
        jdbc.update("""
                        insert into audit_entry (id, occurred_at, actor_id, actor_username, actor_name, ip, action,
                                                 target_type, target_id, summary, before_value, after_value,
                                                 actor_role, outcome, request_id, row_mac)
                        overriding system value
                        select r.id, ?, r.actor_id, r.actor_username, r.actor_name, r.ip, r.action, r.target_type, r.target_id,
                               r.summary, cast(r.before_value as jsonb), cast(r.after_value as jsonb), r.actor_role, r.outcome,
                               r.request_id, r.row_mac
                        from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                             as r(id, actor_id, actor_username, actor_name, ip, action, target_type, target_id, summary,
                                  before_value, after_value, actor_role, outcome, request_id, row_mac)
                        """,
                Timestamp.from(at),
                array("bigint", rows.stream().map(AuditRow::id).toArray()),
                array("bigint", rows.stream().map(AuditRow::actorId).toArray()),
                array("text", rows.stream().map(AuditRow::actorUsername).toArray()),
                array("text", rows.stream().map(AuditRow::actorName).toArray()),
                array("text", rows.stream().map(AuditRow::ip).toArray()),
                array("text", rows.stream().map(AuditRow::action).toArray()),
                array("text", rows.stream().map(AuditRow::targetType).toArray()),
                array("text", rows.stream().map(AuditRow::targetId).toArray()),
                array("text", rows.stream().map(AuditRow::summary).toArray()),
                array("text", rows.stream().map(AuditRow::beforeValue).toArray()),
                array("text", rows.stream().map(AuditRow::afterValue).toArray()),
                array("text", rows.stream().map(AuditRow::actorRole).toArray()),
                array("text", rows.stream().map(AuditRow::outcome).toArray()),
                array("text", rows.stream().map(AuditRow::requestId).toArray()),
                array("text", rows.stream().map(r -> r.macWith(mac)).toArray()));
    }

    /** A SQL array made on the transaction's connection. */
    private Array array(String type, Object[] values) {
        return jdbc.execute((ConnectionCallback<Array>) con -> con.createArrayOf(type, values));
    }

    /**
     * Writes the row with its MAC ({@link AuditMac}). The id and PostgreSQL's normalised form of the JSON values are
     * fetched first because the MAC covers the row exactly as it is stored; the chain link is added by
     * {@link AuditChain#seal()} once the row is committed, so that writers never wait for each other.
     */
    void insert(Instant when, Actor actor, AuditAction action, String targetType, Object targetId, String summary, Object before, Object after) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> stored = jdbc.queryForMap("""
                select nextval(pg_get_serial_sequence('audit_entry', 'id')) as id,
                       cast(? as jsonb)::text as before_text, cast(? as jsonb)::text as after_text
                """, toJson(before), toJson(after));
        AuditRow row = new AuditRow(((Number) stored.get("id")).longValue(), at, actor.accountId(), actor.username(),
                actor.displayName(), actor.ip(), action.name(), targetType, targetId == null ? null : targetId.toString(),
                truncate(summary), (String) stored.get("before_text"), (String) stored.get("after_text"), roleOf(actor),
                action.outcome(), RequestOrigin.requestId());
        jdbc.update("""
                        insert into audit_entry (id, occurred_at, actor_id, actor_username, actor_name, ip, action,
                                                 target_type, target_id, summary, before_value, after_value,
                                                 actor_role, outcome, request_id, row_mac)
                        overriding system value
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)
                        """,
                row.id(), Timestamp.from(at), row.actorId(), row.actorUsername(), row.actorName(), row.ip(), row.action(),
                row.targetType(), row.targetId(), row.summary(), row.beforeValue(), row.afterValue(), row.actorRole(),
                row.outcome(), row.requestId(), row.macWith(mac));
    }

    /** The audit log, for the security auditor only (三员分立). */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> search(AuditFilter filter, Pageable pageable) {
        AuditAccess.requireAuditor();
        return entries.findAll(filter.toSpecification(), pageable).map(AuditEntryView::of);
    }

    /**
     * The system log of the caller's own actions: what the system administrator sees instead of the audit log.
     * Matches the account exactly, so that "admin" never sees "secadmin".
     */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> ownActions(AuditFilter filter, Pageable pageable) {
        AuditAccess.requireAdministrator();
        String me = Actor.current().username();
        Specification<AuditEntry> own = (root, query, cb) -> cb.equal(root.get("actorUsername"), me);
        return entries.findAll(own.and(filter.toSpecification()), pageable).map(AuditEntryView::of);
    }

    /** The kinds of record the log has entries about, for the filter's select box. */
    @Transactional(readOnly = true)
    public List<String> targetTypes() {
        return jdbc.queryForList("select distinct target_type from audit_entry where target_type is not null order by 1", String.class);
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> latest() {
        AuditAccess.requireAuditor();
        return entries.findTop10ByOrderByOccurredAtDesc().stream().map(AuditEntryView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> historyOf(String targetType, Object targetId) {
        return entries.findByTargetTypeAndTargetIdOrderByOccurredAtDesc(targetType, String.valueOf(targetId)).stream()
                .map(AuditEntryView::of).toList();
    }

    /** The roles of the actor when it is the one authenticated on this thread (a login is recorded before that). */
    private static String roleOf(Actor actor) {
        String roles = AuditAccess.currentRoles();
        if ("SYSTEM".equals(roles)) {
            return roles;
        }
        return roles != null && actor.username().equals(Actor.current().username()) ? roles : null;
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= SUMMARY_MAX ? s : s.substring(0, SUMMARY_MAX);
    }
}
