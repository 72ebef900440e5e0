package cn.congress.legislation.consultation;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.EncryptedString;
import cn.congress.domain.shared.NotFoundException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stores public comments by group commit. A national consultation brings a thousand comments a second; one
 * transaction per comment cost six statements, a commit (a WAL flush) and a pass of the counter triggers each, which
 * on two cores capped intake near 300 a second. Here the request threads hand their comment to one writer thread,
 * which takes whatever has queued meanwhile (no waiting for a batch to fill: under light load a batch is one comment)
 * and stores the whole batch in one transaction with a fixed number of statements: the consultations, the duplicate
 * check, one multi-row insert (so the counters' statement trigger runs once), the audit rows in one insert. Each
 * request is answered only after that commit, so an accepted comment is always a committed row; a batch that fails
 * is retried one comment at a time, so that one bad row never refuses the others.
 * <p>
 * Plain SQL rather than Hibernate: an entity per comment is an identity insert each (Hibernate cannot batch
 * identity inserts) plus its dirty checking and event listeners, the costs this class exists to remove. The audit
 * row therefore is written here with the same content {@code EntityChangeAuditor} gives a {@link DraftComment}.
 * <p>
 * Called inside a transaction (demo data loads a consultation and its comments in one), the comment is stored in
 * that transaction instead, since the writer's own connection could not see the uncommitted consultation.
 */
@Slf4j
@Component
class PublicCommentWriter implements SmartLifecycle {

    /** Bounds one transaction (and its arrays); at 1,000 a second a batch rarely passes a few dozen. */
    static final int MAX_BATCH = 500;
    private static final int MAX_QUEUED = 20_000;
    private static final long ANSWER_SECONDS = 60;

    private final ConsultationRepository consultations;
    private final DraftTexts texts;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final EncryptedString encryption;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private volatile Thread thread;

    PublicCommentWriter(ConsultationRepository consultations, DraftTexts texts, JdbcTemplate jdbc, AuditLog auditLog,
                        EncryptedString encryption, Clock clock, PlatformTransactionManager transactions) {
        this.consultations = consultations;
        this.texts = texts;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.encryption = encryption;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A comment as the request thread prepared it: the text's hash, the client's fingerprint and a receipt code are
     * computed there (on many threads), the checks against the consultation here.
     */
    record Pending(long consultationId, PublicComment comment, String clientKey, String bodyHash, String receipt,
                   AuditLog.Origin origin, CompletableFuture<Receipt> answer) {
    }

    /** What a comment that passed the checks stores. */
    private record Checked(Pending pending, Consultation consultation, String name, String contact, Moderation moderation) {
    }

    /** Stores the comment (or finds its duplicate) and answers once that is committed. */
    Receipt submit(Pending p) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return result(store(List.of(p)).get(0));
        }
        if (thread == null) {
            return result(transaction.execute(s -> store(List.of(p))).get(0));
        }
        if (!queue.offer(p)) {
            throw new DomainException("提交的意见较多，请稍后再提交。您填写的内容已保留。");
        }
        try {
            return p.answer().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the comment was being stored", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the comment writer did not answer within " + ANSWER_SECONDS + " s", e);
        }
    }

    private static Receipt result(Object outcome) {
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        return (Receipt) outcome;
    }

    @Override
    public void start() {
        Thread t = new Thread(this::run, "public-comment-writer");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                log.error("comment writer: a batch of {} failed", batch.size(), t);
                batch.forEach(p -> p.answer().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
        // the lifecycle stops the writer after the web server: whatever is still queued is answered, not dropped silently
        for (Pending p; (p = queue.poll()) != null; ) {
            write(List.of(p));
        }
    }

    /**
     * One transaction for the batch, each request answered after its commit; if the transaction fails, each comment
     * alone, so that a failure stays with the comment that caused it.
     */
    private void write(List<Pending> batch) {
        List<Object> outcomes;
        try {
            outcomes = transaction.execute(s -> store(batch));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).answer().completeExceptionally(e);
                return;
            }
            log.warn("comment writer: a batch of {} failed, storing each alone", batch.size(), e);
            batch.forEach(p -> write(List.of(p)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) instanceof RuntimeException e) {
                batch.get(i).answer().completeExceptionally(e);
            } else {
                batch.get(i).answer().complete((Receipt) outcomes.get(i));
            }
        }
    }

    /**
     * Checks and stores the batch in the current transaction; returns each comment's receipt, or the refusal
     * ({@link DomainException}, {@link NotFoundException}) of a comment that failed a check.
     */
    private List<Object> store(List<Pending> batch) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        // one find per consultation, not findAllById: its IN list has as many parameters as ids, so Hibernate
        // translates the query afresh for each batch (half the writer's CPU); a batch rarely spans two consultations
        Map<Long, Consultation> byId = new HashMap<>();
        for (Pending p : batch) {
            if (!byId.containsKey(p.consultationId())) {
                byId.put(p.consultationId(), consultations.findById(p.consultationId()).orElse(null));
            }
        }
        Map<Pending, Object> outcome = new IdentityHashMap<>();
        List<Checked> valid = new ArrayList<>();
        for (Pending p : batch) {
            try {
                valid.add(check(byId.get(p.consultationId()), p, today));
            } catch (DomainException | NotFoundException e) {
                outcome.put(p, e);
            }
        }
        // the same text from the same client within the window is stored once: against the stored comments, and
        // within the batch (the first of the batch is stored, the others get its receipt)
        Map<Pending, String> earlier = recentSame(valid, now.minus(CommentIntake.DUPLICATE_WINDOW));
        Map<List<Object>, Checked> firstInBatch = new HashMap<>();
        Map<Pending, Checked> sameAs = new IdentityHashMap<>();
        List<Checked> fresh = new ArrayList<>();
        for (Checked c : valid) {
            Pending p = c.pending();
            String known = earlier.get(p);
            if (known != null) {
                outcome.put(p, new Receipt(known, true));
                continue;
            }
            Checked first = p.clientKey() == null ? null
                    : firstInBatch.putIfAbsent(List.of(p.consultationId(), p.clientKey(), p.bodyHash()), c);
            if (first != null) {
                sameAs.put(p, first);
            } else {
                fresh.add(c);
            }
        }
        Map<Checked, Stored> stored = insert(fresh, now);
        List<AuditLog.Entry> audit = new ArrayList<>(fresh.size());
        for (Checked c : fresh) {
            Stored s = stored.get(c);
            outcome.put(c.pending(), new Receipt(s.receipt(), false));
            audit.add(new AuditLog.Entry(c.pending().origin(), AuditAction.CREATE, DraftComment.class.getSimpleName(), s.id(), "新建", null,
                    snapshot(c, s, now)));
        }
        sameAs.forEach((p, first) -> outcome.put(p, new Receipt(stored.get(first).receipt(), true)));
        auditLog.recordAll(audit);
        List<Object> answers = new ArrayList<>(batch.size());
        batch.forEach(p -> answers.add(outcome.get(p)));
        return answers;
    }

    /** The checks of {@code CommentIntake.submitPublic}, in the order a person meets them. */
    private Checked check(Consultation c, Pending pending, LocalDate today) {
        PublicComment p = pending.comment();
        if (c == null) {
            throw new NotFoundException("征求意见", pending.consultationId());
        }
        CommentIntake.requireAccepting(c, today);
        if (!c.channelSet().contains(CommentChannel.WEBSITE)) {
            throw new DomainException("本次征求意见不接受网上提交");
        }
        if (p.articleNo() != null && (p.articleNo() < 1 || p.articleNo() > texts.of(c).articleCount())) {
            throw new DomainException("所选条文不存在");
        }
        CommentText.check(p.body());
        String contact = CommentIntake.blankToNull(p.contact());
        String name = CommentIntake.blankToNull(p.name());
        if (c.getIdentityMode() == IdentityMode.REAL_NAME) {
            if (p.verifiedPhone() == null) {
                throw new DomainException("本次征求意见实行后台实名，请先验证手机号码");
            }
            if (name == null) {
                throw new DomainException("本次征求意见实行后台实名，请填写姓名");
            }
            if (!p.consent()) {
                throw new DomainException("实名提交须同意隐私声明");
            }
            contact = p.verifiedPhone();
        } else if ((contact != null || name != null) && !p.consent()) {
            throw new DomainException("留下姓名或联系方式须勾选同意隐私声明；不愿留下的，请清空后提交");
        }
        if (contact != null && !contact.matches("1\\d{10}|[^@\\s]{1,64}@[^@\\s]{1,60}\\.[^@\\s]{1,20}")) {
            throw new DomainException("联系方式请填写11位手机号码或电子邮箱");
        }
        if (name != null && name.length() > 64) {
            throw new DomainException("姓名不能超过64字");
        }
        Moderation moderation = c.getIdentityMode() == IdentityMode.ANONYMOUS_PREMODERATED ? Moderation.PENDING : Moderation.PUBLISHED;
        // name and contact are kept only with the consent
        boolean kept = p.consent() && (name != null || contact != null);
        return new Checked(pending, c, kept ? name : null, kept ? contact : null, moderation);
    }

    /** The receipt of the latest comment with the same text from the same client since {@code since}, per comment. */
    private Map<Pending, String> recentSame(List<Checked> valid, Instant since) {
        List<Checked> keyed = valid.stream().filter(c -> c.pending().clientKey() != null).toList();
        Map<Pending, String> found = new IdentityHashMap<>();
        if (keyed.isEmpty()) {
            return found;
        }
        List<String> receipts = new ArrayList<>();
        jdbc.query("""
                        select k.n, s.receipt
                        from unnest(?::bigint[], ?::text[], ?::text[]) with ordinality as k(consultation_id, client_key, body_hash, n)
                        cross join lateral (select c.receipt from draft_comment c
                                            where c.consultation_id = k.consultation_id and c.client_key = k.client_key
                                              and c.body_hash = k.body_hash and c.submitted_at > ?
                                            order by c.submitted_at desc limit 1) s
                        """, rs -> {
                    found.put(keyed.get(rs.getInt(1) - 1).pending(), rs.getString(2));
                },
                array("bigint", keyed.stream().map(c -> c.pending().consultationId()).toArray()),
                array("text", keyed.stream().map(c -> c.pending().clientKey()).toArray()),
                array("text", keyed.stream().map(c -> c.pending().bodyHash()).toArray()),
                Timestamp.from(since));
        return found;
    }

    private record Stored(long id, String receipt) {
    }

    /**
     * One multi-row insert (the counters' statement trigger runs once for it). A receipt code already taken (31^10
     * codes: unlikely, but a receipt must never name two comments) is skipped by {@code on conflict} and that comment
     * is inserted again with a new code.
     */
    private Map<Checked, Stored> insert(List<Checked> rows, Instant now) {
        Map<Checked, Stored> stored = new IdentityHashMap<>();
        Map<Checked, String> codes = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        for (Checked c : rows) {
            String code = c.pending().receipt();
            while (!used.add(code)) {
                code = CommentText.receipt();
            }
            codes.put(c, code);
        }
        List<Checked> todo = rows;
        while (!todo.isEmpty()) {
            List<Checked> batch = todo;
            Map<String, Long> inserted = new HashMap<>();
            jdbc.query("""
                            insert into draft_comment (bill_id, bill_version_id, consultation_id, article_no, paragraph_no, body, channel,
                                                       source_kind, author_name, contact, consent_notice_version, consent_at,
                                                       verified_phone, client_key, body_hash, receipt, moderation, submitted_at, version,
                                                       created_at, created_by, updated_at, updated_by)
                            select r.bill_id, r.bill_version_id, r.consultation_id, r.article_no, r.paragraph_no, r.body, 'WEBSITE',
                                   'PUBLIC', r.author_name, r.contact, case when r.kept then ? end, case when r.kept then ?::timestamptz end,
                                   r.verified_phone, r.client_key, r.body_hash, r.receipt, r.moderation, ?, 0, ?, r.created_by, ?, r.created_by
                            from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::integer[], ?::integer[], ?::text[], ?::text[], ?::text[],
                                        ?::boolean[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                                 as r(bill_id, bill_version_id, consultation_id, article_no, paragraph_no, body, author_name, contact,
                                      kept, verified_phone, client_key, body_hash, receipt, moderation, created_by, n)
                            order by r.n
                            on conflict (receipt) do nothing
                            returning id, receipt
                            """, rs -> {
                        inserted.put(rs.getString(2), rs.getLong(1));
                    },
                    CommentIntake.PRIVACY_NOTICE_VERSION, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now),
                    array("bigint", batch.stream().map(c -> c.consultation().getBillId()).toArray()),
                    array("bigint", batch.stream().map(c -> c.consultation().getBillVersionId()).toArray()),
                    array("bigint", batch.stream().map(c -> c.consultation().getId()).toArray()),
                    array("integer", batch.stream().map(c -> c.pending().comment().articleNo()).toArray()),
                    array("integer", batch.stream().map(c -> c.pending().comment().paragraphNo()).toArray()),
                    array("text", batch.stream().map(c -> c.pending().comment().body()).toArray()),
                    array("text", batch.stream().map(Checked::name).toArray()),
                    array("text", batch.stream().map(c -> encryption.convertToDatabaseColumn(c.contact())).toArray()),
                    array("boolean", batch.stream().map(c -> c.name() != null || c.contact() != null).toArray()),
                    array("boolean", batch.stream().map(c -> (c.name() != null || c.contact() != null) && c.pending().comment().verifiedPhone() != null).toArray()),
                    array("text", batch.stream().map(c -> c.pending().clientKey()).toArray()),
                    array("text", batch.stream().map(c -> c.pending().bodyHash()).toArray()),
                    array("text", batch.stream().map(codes::get).toArray()),
                    array("text", batch.stream().map(c -> c.moderation().name()).toArray()),
                    array("text", batch.stream().map(c -> c.pending().origin().actor().username()).toArray()));
            todo = new ArrayList<>();
            for (Checked c : batch) {
                Long id = inserted.get(codes.get(c));
                if (id != null) {
                    stored.put(c, new Stored(id, codes.get(c)));
                } else {
                    String code = CommentText.receipt();
                    while (!used.add(code)) {
                        code = CommentText.receipt();
                    }
                    codes.put(c, code);
                    todo.add(c);
                }
            }
        }
        return stored;
    }

    /**
     * The audit row's "after": what {@code EntityChangeAuditor} records for a new {@link DraftComment} (every field
     * but the bookkeeping ones, the contact masked, times as text).
     */
    private static Map<String, Object> snapshot(Checked c, Stored s, Instant now) {
        PublicComment p = c.pending().comment();
        boolean kept = c.name() != null || c.contact() != null;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("accountId", null);
        after.put("articleNo", p.articleNo());
        after.put("authorName", c.name());
        after.put("billId", c.consultation().getBillId());
        after.put("billVersionId", c.consultation().getBillVersionId());
        after.put("body", p.body());
        after.put("bodyHash", c.pending().bodyHash());
        after.put("channel", CommentChannel.WEBSITE.name());
        after.put("clientKey", c.pending().clientKey());
        after.put("consentAt", kept ? now.toString() : null);
        after.put("consentNoticeVersion", kept ? CommentIntake.PRIVACY_NOTICE_VERSION : null);
        after.put("consultationId", c.consultation().getId());
        after.put("contact", "******");
        after.put("contactPointId", null);
        after.put("decidedAt", null);
        after.put("decision", null);
        after.put("decisionReason", null);
        after.put("duplicateOfId", null);
        after.put("expertId", null);
        after.put("groupId", null);
        after.put("hearingId", null);
        after.put("hearingSide", null);
        after.put("hiddenReason", null);
        after.put("meeting", null);
        after.put("moderation", c.moderation().name());
        after.put("paragraphNo", p.paragraphNo());
        after.put("peopleConsulted", null);
        after.put("receipt", s.receipt());
        after.put("sourceKind", SourceKind.PUBLIC.name());
        after.put("submittedAt", now.toString());
        after.put("verifiedPhone", kept && p.verifiedPhone() != null);
        return after;
    }

    /** A SQL array made on the transaction's connection. */
    private Array array(String type, Object[] values) {
        return jdbc.execute((ConnectionCallback<Array>) con -> con.createArrayOf(type, values));
    }
}
