package cn.congress.domain.audit;

import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash chain over the audit log. Writers never wait for each other: each row is written with the MAC of its own
 * content ({@link AuditLog}), and the sealer links committed rows one after another, each link's MAC covering the row's
 * MAC and the previous link's MAC. One sealer runs at a time (a PostgreSQL advisory lock, across instances), and the
 * link's primary key on its position means two sealers could never fork the chain even without it.
 * <p>
 * The verifier walks the chain from the last retention checkpoint and reports the first row or link that does not
 * match: an edited row, a deleted row or link, a row inserted behind the application's back.
 */
@Slf4j
@Service
public class AuditChain {

    /** The advisory lock key of the sealer (any fixed number; this one spells "audit chain"). */
    static final long SEAL_LOCK = 0x4155444954L;
    /** The previous MAC of the first link and of the first checkpoint. */
    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    /** Streams the chain in pages (PostgreSQL reads a whole result into memory without a fetch size). */
    private final JdbcTemplate streaming;
    private final AuditMac mac;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, AuditMac mac, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.mac = mac;
        this.clock = clock;
    }

    private record Head(long seq, String mac) {
    }

    private record Unsealed(AuditRow row, String storedMac) {
    }

    /**
     * Links every committed row that has no link yet, in id order. Rows without a valid MAC are left unlinked (the
     * verifier reports them). Returns how many rows were linked; 0 when another sealer holds the lock.
     */
    @Transactional
    public int seal() {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, SEAL_LOCK))) {
            return 0;
        }
        long legacyThrough = jdbc.queryForObject("select legacy_through_id from audit_chain_start", Long.class);
        Head head = head();
        Instant now = clock.instant();
        int linked = 0;
        long afterId = 0;
        while (true) {
            List<Unsealed> batch = jdbc.query("select " + AuditRow.COLUMNS + ", e.row_mac from audit_entry e "
                            + "where e.id > ? and not exists (select 1 from audit_chain c where c.entry_id = e.id) order by e.id limit " + BATCH,
                    (rs, i) -> new Unsealed(AuditRow.read(rs), rs.getString("row_mac")), afterId);
            for (Unsealed u : batch) {
                afterId = u.row().id();
                String rowMac = u.row().macWith(mac);
                boolean legacy = u.storedMac() == null && u.row().id() <= legacyThrough;
                if (!legacy && !AuditMac.same(rowMac, u.storedMac())) {
                    log.warn("audit row {} has no valid MAC and is not linked into the chain", u.row().id());
                    continue;
                }
                long seq = head.seq() + 1;
                String linkMac = linkMac(seq, u.row().id(), rowMac, head.mac());
                jdbc.update("insert into audit_chain (seq, entry_id, row_mac, prev_mac, mac, sealed_at) values (?, ?, ?, ?, ?, ?)",
                        seq, u.row().id(), rowMac, head.mac(), linkMac, Timestamp.from(now));
                head = new Head(seq, linkMac);
                linked++;
            }
            if (batch.size() < BATCH) {
                return linked;
            }
        }
    }

    /** Verifies the chain for the security auditor (三员分立: nobody else reads the audit log). */
    @Transactional
    public ChainReport verify() {
        AuditAccess.requireAuditor();
        seal();
        return check();
    }

    /** The chain as it is now, for the security auditor's page: a read, rows not yet linked show as pending. */
    @Transactional(readOnly = true)
    public ChainReport inspect() {
        AuditAccess.requireAuditor();
        return check();
    }

    /** The chain as it is now, without sealing first; read-only, for the scheduled verifier and retention. */
    @Transactional(readOnly = true)
    ChainReport check() {
        Instant checkedAt = clock.instant();
        List<ChainReport.Checkpoint> checkpoints = new ArrayList<>();
        Finding first = new Finding();

        // 1. The checkpoints, each chained to the one before.
        String prevCp = GENESIS;
        long fromSeq = 1;
        String prevLink = GENESIS;
        for (var cp : jdbc.queryForList("select * from audit_checkpoint order by id")) {
            Instant created = ((Timestamp) cp.get("created_at")).toInstant();
            Instant before = ((Timestamp) cp.get("purged_before")).toInstant();
            long through = ((Number) cp.get("through_seq")).longValue();
            String expected = checkpointMac(created, before, through, (String) cp.get("through_mac"),
                    ((Number) cp.get("through_entry_id")).longValue(), ((Number) cp.get("rows_purged")).longValue(),
                    (String) cp.get("archive_file"), (String) cp.get("archive_sha256"), prevCp);
            if (!prevCp.equals(cp.get("prev_mac")) || !AuditMac.same(expected, (String) cp.get("mac")) || through < fromSeq - 1) {
                first.set(ChainProblem.CHECKPOINT_BROKEN, through, null);
            }
            prevCp = (String) cp.get("mac");
            fromSeq = through + 1;
            prevLink = (String) cp.get("through_mac");
            checkpoints.add(new ChainReport.Checkpoint(created, before, through, ((Number) cp.get("rows_purged")).longValue(),
                    (String) cp.get("archive_file"), (String) cp.get("archive_sha256")));
        }

        // 2. The links from the last checkpoint on, streamed in order with their rows.
        long[] expectedSeq = {fromSeq};
        String[] prev = {prevLink};
        long[] checked = {0};
        streaming.query("select c.seq, c.entry_id, c.row_mac as link_row_mac, c.prev_mac, c.mac, e.row_mac as stored_row_mac, "
                + "e.id is not null as present, " + AuditRow.COLUMNS.replace("e.id,", "c.entry_id as id,")
                + " from audit_chain c left join audit_entry e on e.id = c.entry_id where c.seq >= ? order by c.seq",
                (RowCallbackHandler) rs -> {
                    checked[0]++;
                    long seq = rs.getLong("seq");
                    long entryId = rs.getLong("entry_id");
                    String linkRowMac = rs.getString("link_row_mac");
                    if (seq != expectedSeq[0]) {
                        first.set(ChainProblem.LINK_MISSING, expectedSeq[0], null);
                    } else if (!prev[0].equals(rs.getString("prev_mac"))
                            || !AuditMac.same(linkMac(seq, entryId, linkRowMac, prev[0]), rs.getString("mac"))) {
                        first.set(ChainProblem.LINK_BROKEN, seq, entryId);
                    } else if (!rs.getBoolean("present")) {
                        first.set(ChainProblem.ROW_MISSING, seq, entryId);
                    } else if (!AuditMac.same(linkRowMac, readRow(rs).macWith(mac))
                            || (rs.getString("stored_row_mac") != null && !linkRowMac.equals(rs.getString("stored_row_mac")))) {
                        first.set(ChainProblem.ROW_CHANGED, seq, entryId);
                    }
                    // Carry on from what the link says, so that one broken link is reported once, not at every later one.
                    expectedSeq[0] = seq + 1;
                    prev[0] = rs.getString("mac");
                }, fromSeq);

        // 3. Rows without a link: committed after the last seal (pending), or not written by the application.
        long legacyThrough = jdbc.queryForObject("select legacy_through_id from audit_chain_start", Long.class);
        long[] pending = {0};
        streaming.query("select " + AuditRow.COLUMNS + ", e.row_mac from audit_entry e "
                        + "where not exists (select 1 from audit_chain c where c.entry_id = e.id) order by e.id",
                (RowCallbackHandler) rs -> {
                    AuditRow row = AuditRow.read(rs);
                    String stored = rs.getString("row_mac");
                    boolean legacy = stored == null && row.id() <= legacyThrough;
                    if (legacy || AuditMac.same(row.macWith(mac), stored)) {
                        pending[0]++;
                    } else {
                        first.set(ChainProblem.ROW_FORGED, null, row.id());
                    }
                });

        Long headSeq = checked[0] == 0 && fromSeq == 1 ? null : expectedSeq[0] - 1;
        ChainReport report = new ChainReport(checkedAt, checked[0], pending[0], first.problem, first.seq, first.entryId,
                headSeq, headSeq == null ? null : prev[0], List.copyOf(checkpoints));
        // The head also goes to the application log, outside the database: cutting the chain's tail shows against it.
        log.info("audit chain checked: intact={} links={} head={} headMac={} pending={}",
                report.intact(), report.linksChecked(), report.headSeq(), report.headMac(), report.pending());
        return report;
    }

    String linkMac(long seq, long entryId, String rowMac, String prevMac) {
        return mac.of("audit_chain", seq, entryId, rowMac, prevMac);
    }

    String checkpointMac(Instant createdAt, Instant purgedBefore, long throughSeq, String throughMac, long throughEntryId,
                         long rowsPurged, String archiveFile, String archiveSha256, String prevMac) {
        return mac.of("audit_checkpoint", createdAt, purgedBefore, throughSeq, throughMac, throughEntryId, rowsPurged,
                archiveFile, archiveSha256, prevMac);
    }

    /** The last link, or the last checkpoint's when everything was purged, or the genesis. */
    private Head head() {
        List<Head> last = jdbc.query("select seq, mac from audit_chain order by seq desc limit 1",
                (rs, i) -> new Head(rs.getLong("seq"), rs.getString("mac")));
        if (!last.isEmpty()) {
            return last.get(0);
        }
        List<Head> cp = jdbc.query("select through_seq, through_mac from audit_checkpoint order by id desc limit 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        return cp.isEmpty() ? new Head(0, GENESIS) : cp.get(0);
    }

    private static AuditRow readRow(ResultSet rs) throws SQLException {
        return AuditRow.read(rs);
    }

    /** Keeps the first problem found. */
    private static final class Finding {
        ChainProblem problem;
        Long seq;
        Long entryId;

        void set(ChainProblem p, Long s, Long e) {
            if (problem == null) {
                problem = p;
                seq = s;
                entryId = e;
            }
        }
    }
}
