package cn.congress.domain.audit;

import cn.congress.domain.rules.Rules;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Retention of the audit log (网络安全法 第二十一条: at least six months). Nothing is purged unless the rules table
 * says so ({@code security.audit-purge-enabled}); then rows older than {@code security.audit-retention-days} (never
 * fewer than 184) are first written to an archive file (JSON lines with each row's link and MACs, so the archive is
 * verifiable with the same key), a checkpoint records the last purged link and the file's SHA-256, and only then does
 * the database function {@code audit_purge} delete them. The rest of the chain stays verifiable from the checkpoint.
 * A broken chain is never purged: the evidence stays.
 */
@Slf4j
@Service
public class AuditRetention {

    /** 网络安全法 第二十一条: network logs are kept no less than six months. */
    static final int MINIMUM_DAYS = 184;
    static final String PURGE_ENABLED = "security.audit-purge-enabled";
    static final String RETENTION_DAYS = "security.audit-retention-days";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final AuditChain chain;
    private final AuditLog auditLog;
    private final Rules rules;
    private final Clock clock;
    private final Path exportDir;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditRetention(JdbcTemplate jdbc, AuditChain chain, AuditLog auditLog, Rules rules, Clock clock,
                   @Value("${congress.audit.export-dir:./audit-export}") Path exportDir) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.chain = chain;
        this.auditLog = auditLog;
        this.rules = rules;
        this.clock = clock;
        this.exportDir = exportDir;
    }

    /** What a retention run did. */
    public record Outcome(long purged, Long throughSeq, Path archive) {
        static final Outcome NOTHING = new Outcome(0, null, null);
    }

    /** The scheduled run: as the rules table says, and audited whatever happens. */
    @Transactional
    public Outcome run() {
        if (rules.integer(PURGE_ENABLED) != 1) {
            auditLog.record(AuditAction.JOB_RUN, "AuditRetention", null, "审计日志保存期限检查：规则未启用清理，未删除任何记录");
            return Outcome.NOTHING;
        }
        return purgeOlderThan(rules.integer(RETENTION_DAYS));
    }

    @Transactional
    Outcome purgeOlderThan(int retentionDays) {
        int days = Math.max(MINIMUM_DAYS, retentionDays);
        chain.seal();
        ChainReport report = chain.check();
        if (!report.intact()) {
            auditLog.record(AuditAction.AUDIT_CHAIN_BROKEN, "AuditChain", report.problemEntryId(),
                    "审计日志完整性校验失败（" + report.problem() + "，链序号 " + report.problemSeq() + "），本次不清理任何记录");
            return Outcome.NOTHING;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MICROS);
        // The purge removes a prefix of the chain: up to the link before the first row that is still too young.
        Long through = jdbc.queryForObject("""
                select coalesce((select min(c.seq) from audit_chain c join audit_entry e on e.id = c.entry_id
                                 where e.occurred_at >= ?) - 1,
                                (select max(seq) from audit_chain))
                """, Long.class, Timestamp.from(cutoff));
        long from = report.checkpoints().isEmpty() ? 1 : report.checkpoints().get(report.checkpoints().size() - 1).throughSeq() + 1;
        if (through == null || through < from) {
            auditLog.record(AuditAction.JOB_RUN, "AuditRetention", null, "审计日志保存期限检查：没有超过" + days + "天的记录");
            return Outcome.NOTHING;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Archive archive = export(from, through, now);
        var last = jdbc.queryForMap("select mac, entry_id from audit_chain where seq = ?", through);
        String throughMac = (String) last.get("mac");
        long throughEntryId = ((Number) last.get("entry_id")).longValue();
        String prevCp = jdbc.query("select mac from audit_checkpoint order by id desc limit 1", (rs, i) -> rs.getString(1))
                .stream().findFirst().orElse(AuditChain.GENESIS);
        String fileName = archive.file().getFileName().toString();
        Long checkpoint = jdbc.queryForObject("""
                        insert into audit_checkpoint (created_at, purged_before, through_seq, through_mac, through_entry_id,
                                                      rows_purged, archive_file, archive_sha256, prev_mac, mac)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """, Long.class, Timestamp.from(now), Timestamp.from(cutoff), through, throughMac, throughEntryId,
                archive.rows(), fileName, archive.sha256(), prevCp,
                chain.checkpointMac(now, cutoff, through, throughMac, throughEntryId, archive.rows(), fileName, archive.sha256(), prevCp));
        long purged = jdbc.queryForObject("select audit_purge(?)", Long.class, checkpoint);
        auditLog.record(AuditAction.AUDIT_PURGE, "AuditRetention", checkpoint, "导出并清理 " + purged + " 条超过" + days
                + "天的审计日志（链序号至 " + through + "），归档文件 " + fileName + "，SHA-256 " + archive.sha256());
        log.info("audit retention: {} rows exported to {} and purged through link {}", purged, archive.file(), through);
        return new Outcome(purged, through, archive.file());
    }

    private record Archive(Path file, long rows, String sha256) {
    }

    /** Writes the links and rows in [from, through] to a new file; written under a temporary name, then renamed. */
    private Archive export(long from, long through, Instant now) {
        try {
            Files.createDirectories(exportDir);
            String name = "audit-archive-" + from + "-" + through + "-" + now.toEpochMilli() + ".jsonl";
            Path target = exportDir.resolve(name);
            Path temp = exportDir.resolve(name + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] rows = {0};
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha);
                 BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                streaming.query("select c.seq, c.row_mac as link_row_mac, c.prev_mac, c.mac, " + AuditRow.COLUMNS
                                + " from audit_chain c join audit_entry e on e.id = c.entry_id where c.seq between ? and ? order by c.seq",
                        (RowCallbackHandler) rs -> {
                            AuditRow row = AuditRow.read(rs);
                            Map<String, Object> line = new LinkedHashMap<>();
                            line.put("seq", rs.getLong("seq"));
                            line.put("prevMac", rs.getString("prev_mac"));
                            line.put("mac", rs.getString("mac"));
                            line.put("rowMac", rs.getString("link_row_mac"));
                            line.put("row", row);
                            try {
                                writer.write(json.writeValueAsString(line));
                                writer.newLine();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            rows[0]++;
                        }, from, through);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new Archive(target, rows[0], HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("审计日志归档文件写入失败，未清理任何记录", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
