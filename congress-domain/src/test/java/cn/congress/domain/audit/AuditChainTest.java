package cn.congress.domain.audit;

import cn.congress.domain.shared.Actor;
import cn.congress.domain.shared.SystemTask;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain (issue 9, C22/C23): rows edited, deleted or inserted behind the application's back are found, the
 * first one reported; concurrent writers and sealers still form one chain; retention purges only behind a checkpoint.
 * The tampering tests work as the database owner with the triggers switched off, and put everything back afterwards.
 */
@CongressTest
class AuditChainTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anUntouchedLogVerifiesAsIntact() {
        auditLog.record(AuditAction.EXPORT, "ChainTest", 1, "导出一次");
        ChainReport report = SystemTask.call(chain::verify);
        assertThat(report.intact()).isTrue();
        assertThat(report.linksChecked()).isPositive();
        assertThat(report.pending()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry e where not exists "
                + "(select 1 from audit_chain c where c.entry_id = e.id)", Long.class)).isZero();
    }

    @Test
    void entriesWrittenTogetherCarryTheSameMacsAsEntriesWrittenOneByOne() {
        AuditLog.Origin origin = AuditLog.Origin.current();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("body", "批量写入的审计记录");
        after.put("contact", "******");
        after.put("articleNo", null);
        new TransactionTemplate(transactions).executeWithoutResult(s -> auditLog.recordAll(List.of(
                new AuditLog.Entry(origin, AuditAction.CREATE, "BatchTest", 1, "新建", null, after),
                new AuditLog.Entry(origin, AuditAction.CREATE, "BatchTest", 2, "新建", null, Map.of("n", 2)))));
        assertThat(jdbc.queryForList("select after_value->>'body' from audit_entry where target_type = 'BatchTest' order by target_id", String.class))
                .containsExactly("批量写入的审计记录", null);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'BatchTest' and after_value ? 'articleNo'", Long.class))
                .isEqualTo(1);
        ChainReport report = SystemTask.call(chain::verify);
        assertThat(report.intact()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry e where e.target_type = 'BatchTest' and not exists "
                + "(select 1 from audit_chain c where c.entry_id = e.id)", Long.class)).isZero();
    }

    @Test
    void aRowEditedBehindTheApplicationsBackIsTheFirstBreakReported() {
        auditLog.record(AuditAction.EXPORT, "ChainTest", 2, "原始摘要");
        long id = lastId();
        auditLog.record(AuditAction.EXPORT, "ChainTest", 3, "之后的记录");
        chain.seal();
        long seq = jdbc.queryForObject("select seq from audit_chain where entry_id = ?", Long.class, id);

        behindTheBack("update audit_entry set summary = '改过的摘要' where id = " + id);
        try {
            ChainReport report = SystemTask.call(chain::verify);
            assertThat(report.intact()).isFalse();
            assertThat(report.problem()).isEqualTo(ChainProblem.ROW_CHANGED);
            assertThat(report.problemEntryId()).isEqualTo(id);
            assertThat(report.problemSeq()).isEqualTo(seq);
        } finally {
            behindTheBack("update audit_entry set summary = '原始摘要' where id = " + id);
        }
        assertThat(SystemTask.call(chain::verify).intact()).isTrue();
    }

    @Test
    void aDeletedRowAndADeletedLinkAreFound() {
        auditLog.record(AuditAction.EXPORT, "ChainTest", 4, "将被删除");
        long id = lastId();
        auditLog.record(AuditAction.EXPORT, "ChainTest", 5, "之后的记录");
        chain.seal();
        var row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        var link = jdbc.queryForMap("select * from audit_chain where entry_id = ?", id);

        behindTheBack("delete from audit_entry where id = " + id);
        try {
            ChainReport report = SystemTask.call(chain::verify);
            assertThat(report.problem()).isEqualTo(ChainProblem.ROW_MISSING);
            assertThat(report.problemEntryId()).isEqualTo(id);

            behindTheBack("delete from audit_chain where entry_id = " + id);
            report = chain.check();
            assertThat(report.problem()).isEqualTo(ChainProblem.LINK_MISSING);
            assertThat(report.problemSeq()).isEqualTo(((Number) link.get("seq")).longValue());
        } finally {
            restore("audit_entry", row);
            restore("audit_chain", link);
        }
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void aRowInsertedWithoutTheKeyIsNeverLinkedAndIsReportedAsForged() {
        chain.seal();
        long forged = jdbc.queryForObject("""
                insert into audit_entry (occurred_at, actor_username, action, summary, outcome, row_mac)
                values (now(), 'intruder', 'LOGIN_SUCCESS', '伪造', 'SUCCESS', repeat('a', 64)) returning id
                """, Long.class);
        try {
            assertThat(chain.seal()).isZero();
            ChainReport report = chain.check();
            assertThat(report.problem()).isEqualTo(ChainProblem.ROW_FORGED);
            assertThat(report.problemEntryId()).isEqualTo(forged);
        } finally {
            behindTheBack("delete from audit_entry where id = " + forged);
        }
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void concurrentWritersAndSealersStillFormOneChain() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_chain", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(() -> {
                    int sealed = 0;
                    for (int i = 0; i < 25; i++) {
                        auditLog.recordAs(new Actor(null, "writer" + thread, "并发" + thread, "10.0.0." + thread),
                                AuditAction.EXPORT, "ChainTest", i, "并发写入", null, null);
                        if (i % 5 == 0) {
                            sealed += chain.seal();
                        }
                    }
                    return sealed;
                });
            }
            for (Future<Integer> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        chain.seal();
        long links = jdbc.queryForObject("select count(*) from audit_chain where seq > ?", Long.class, before);
        long max = jdbc.queryForObject("select max(seq) from audit_chain", Long.class);
        assertThat(links).isGreaterThanOrEqualTo(200).isEqualTo(max - before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username like 'writer%' and not exists "
                + "(select 1 from audit_chain c where c.entry_id = audit_entry.id)", Long.class)).isZero();
        assertThat(chain.check().intact()).isTrue();
    }

    @Test
    void onlyTheAuditorVerifiesTheChain() {
        var admin = UsernamePasswordAuthenticationToken.authenticated("admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            assertThatThrownBy(chain::verify).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        var auditor = UsernamePasswordAuthenticationToken.authenticated("auditor", null, AuthorityUtils.createAuthorityList("ROLE_AUDITOR"));
        SecurityContextHolder.getContext().setAuthentication(auditor);
        try {
            assertThat(chain.verify().intact()).isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void nothingIsPurgedUnlessTheRulesSaySoAndNeverYoungerThan184Days() {
        long rows = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(SystemTask.call(retention::run)).isEqualTo(AuditRetention.Outcome.NOTHING);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(rows + 1);

        // A retention below the legal minimum counts as 184 days: this JVM's rows are all younger.
        assertThat(SystemTask.call(() -> retention.purgeOlderThan(30)).purged()).isZero();

        // Links are append-only like the rows themselves.
        assertThatThrownBy(() -> jdbc.update("delete from audit_chain")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void retentionExportsThenPurgesOldRowsBehindAVerifiableCheckpoint() throws Exception {
        startAFreshLog();
        Instant now = clock.instant();
        for (int i = 0; i < 5; i++) {
            auditLog.insert(now.minus(Duration.ofDays(400 - i)), new Actor(null, "old", "旧记录", null),
                    AuditAction.EXPORT, "ChainTest", i, "一年多以前", null, null);
        }
        chain.seal();
        auditLog.insert(now.minus(Duration.ofDays(100)), new Actor(null, "recent", "近期记录", null),
                AuditAction.EXPORT, "ChainTest", 9, "一百天前", null, null);
        chain.seal();

        var outcome = SystemTask.call(() -> retention.purgeOlderThan(365));
        assertThat(outcome.purged()).isEqualTo(5);
        assertThat(Files.readAllLines(outcome.archive())).hasSize(5).allMatch(l -> l.contains("一年多以前"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = 'old'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_username = 'recent'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'AUDIT_PURGE'", Long.class)).isEqualTo(1);

        ChainReport report = SystemTask.call(chain::verify);
        assertThat(report.intact()).isTrue();
        assertThat(report.checkpoints()).singleElement().satisfies(cp -> {
            assertThat(cp.rowsPurged()).isEqualTo(5);
            assertThat(cp.throughSeq()).isEqualTo(5);
        });

        // The chain still starts where the checkpoint says: removing its first remaining link is found.
        var first = jdbc.queryForMap("select * from audit_chain where seq = 6");
        behindTheBack("delete from audit_chain where seq = 6");
        try {
            assertThat(chain.check().problem()).isEqualTo(ChainProblem.LINK_MISSING);
        } finally {
            restore("audit_chain", first);
        }
        // A checkpoint changed behind the application's back is found too.
        behindTheBack("update audit_checkpoint set rows_purged = 4");
        try {
            assertThat(chain.check().problem()).isEqualTo(ChainProblem.CHECKPOINT_BROKEN);
        } finally {
            behindTheBack("update audit_checkpoint set rows_purged = 5");
        }
        assertThat(chain.check().intact()).isTrue();
    }

    /** Empties the audit tables as the owner, so that the chain starts at the genesis with rows of known age. */
    private void startAFreshLog() {
        for (String table : List.of("audit_entry", "audit_chain", "audit_checkpoint")) {
            behindTheBack("truncate " + table);
        }
    }

    private void behindTheBack(String sql) {
        String table = sql.replaceAll("(?is).*?(?:update|from|truncate)\\s+(\\w+).*", "$1");
        jdbc.execute("alter table " + table + " disable trigger user");
        try {
            jdbc.execute(sql);
        } finally {
            jdbc.execute("alter table " + table + " enable trigger user");
        }
    }

    private void restore(String table, java.util.Map<String, Object> row) {
        var columns = new ArrayList<>(row.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ")"
                + (table.equals("audit_entry") ? " overriding system value" : "") + " values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        jdbc.update(sql, columns.stream().map(c -> toParameter(row.get(c))).toArray());
    }

    private static Object toParameter(Object value) {
        if (value instanceof org.postgresql.util.PGobject pg) {
            return pg;
        }
        return value;
    }

    private long lastId() {
        return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
    }
}
