package cn.congress.legislation.consultation;

import cn.congress.domain.account.Caller;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Takes opinions in: from the public portal (no account), from deputies' and members' accounts, from contact points in
 * bulk, and opinions staff record for experts and letters. Every accepted text is stored exactly as written; the same
 * text from the same client within {@link #DUPLICATE_WINDOW} is stored once and answered with the first receipt.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CommentIntake {

    /** The version of the privacy notice shown beside the form; stored with each consent. */
    public static final String PRIVACY_NOTICE_VERSION = "2026-11";
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(30);
    private static final int MAX_BATCH = 500;

    private final ConsultationRepository consultations;
    private final DraftCommentRepository comments;
    private final ConsultationAccess access;
    private final DraftTexts texts;
    private final ClientFingerprint fingerprint;
    private final PublicCommentWriter writer;
    private final Clock clock;

    /** One row of a contact point's batch: the article (null = whole draft), the opinion, the meeting, people consulted. */
    public record BatchRow(Integer articleNo, String body, String meeting, Integer peopleConsulted) {
    }

    /** An opinion staff record by hand (a letter, an expert's written opinion, a deputy's opinion handed in). */
    public record RecordedOpinion(Integer articleNo, String body, CommentChannel channel, SourceKind sourceKind, String authorName,
                                  Long expertId) {
    }

    /**
     * A comment from the public portal, stored by {@link PublicCommentWriter}'s group commit (checked there against the
     * consultation as read in the storing transaction). Outside a transaction the request holds no connection while
     * it waits for the commit.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Receipt submitPublic(long consultationId, PublicComment p) {
        return writer.submit(new PublicCommentWriter.Pending(consultationId, p, fingerprint.of(p.clientAddress()),
                p.body() == null ? null : CommentText.hash(p.body()), CommentText.receipt(), AuditLog.Origin.current(), new CompletableFuture<>()));
    }

    /** A deputy or a member comments from the account; the comment is marked with its source. */
    public Receipt submitFromAccount(long consultationId, Integer articleNo, String body) {
        Caller caller = Caller.current();
        SourceKind source = access.accountSource(caller);
        Consultation c = accepting(consultationId);
        access.requireSee(caller, c);
        checkArticle(c, articleNo);
        CommentText.check(body);
        DraftComment comment = newComment(c, articleNo, null, body, CommentChannel.ACCOUNT, source, Moderation.PUBLISHED, clock.instant())
                .author(caller.name(), caller.accountId());
        return new Receipt(comments.save(comment).getReceipt(), false);
    }

    /** A contact point sends its batch; every row is checked first and all or nothing is saved. */
    public List<Receipt> submitBatch(long consultationId, List<BatchRow> rows) {
        Caller caller = Caller.current();
        Consultation c = accepting(consultationId);
        access.requireContactPoint(caller, c);
        Long contactPointId = caller.orgUnitId() == null ? null
                : consultations.contactPointOfOrgUnit(caller.orgUnitId()).stream().findFirst().orElse(null);
        return saveBatch(c, contactPointId, caller, rows);
    }

    /** Staff record a contact point's batch received on paper (or the system imports one); the window is not checked. */
    public List<Receipt> recordBatch(long consultationId, long contactPointId, List<BatchRow> rows) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        Consultation c = consultations.findById(consultationId).orElseThrow(() -> new NotFoundException("征求意见", consultationId));
        return saveBatch(c, contactPointId, caller, rows);
    }

    private List<Receipt> saveBatch(Consultation c, Long contactPointId, Caller caller, List<BatchRow> rows) {
        List<String> problems = checkBatch(c.getId(), rows);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join("；", problems));
        }
        Instant now = clock.instant();
        List<Receipt> receipts = new ArrayList<>();
        for (BatchRow r : rows) {
            DraftComment comment = newComment(c, r.articleNo(), null, r.body(), CommentChannel.CONTACT_POINT, SourceKind.CONTACT_POINT,
                    Moderation.PUBLISHED, now).author(caller.name(), caller.accountId()).gathered(contactPointId, r.meeting().strip(), r.peopleConsulted());
            receipts.add(new Receipt(comments.save(comment).getReceipt(), false));
        }
        return receipts;
    }

    /** The problems of each row, as "第N行：…", without saving anything; empty when all rows are good. */
    @Transactional(readOnly = true)
    public List<String> checkBatch(long consultationId, List<BatchRow> rows) {
        Consultation c = consultations.findById(consultationId).orElseThrow(() -> new NotFoundException("征求意见", consultationId));
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add("没有要报送的意见");
        }
        if (rows.size() > MAX_BATCH) {
            problems.add("一次最多报送" + MAX_BATCH + "条");
        }
        int articles = texts.of(c).articleCount();
        for (int i = 0; i < rows.size(); i++) {
            BatchRow r = rows.get(i);
            String at = "第" + (i + 1) + "行：";
            if (r.articleNo() != null && (r.articleNo() < 1 || r.articleNo() > articles)) {
                problems.add(at + "条文序号应在1至" + articles + "之间");
            }
            try {
                CommentText.check(r.body());
            } catch (DomainException e) {
                problems.add(at + e.getMessage());
            }
            if (r.meeting() == null || r.meeting().isBlank()) {
                problems.add(at + "请填写座谈会或征求意见活动名称");
            } else if (r.meeting().length() > 200) {
                problems.add(at + "活动名称不能超过200字");
            }
            if (r.peopleConsulted() == null || r.peopleConsulted() < 1 || r.peopleConsulted() > 100000) {
                problems.add(at + "参与人数应为1至100000的整数");
            }
        }
        return problems;
    }

    /** Staff record an opinion received otherwise: a letter, an expert's opinion. */
    public Receipt record(long consultationId, RecordedOpinion o) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        Consultation c = consultations.findById(consultationId).orElseThrow(() -> new NotFoundException("征求意见", consultationId));
        checkArticle(c, o.articleNo());
        CommentText.check(o.body());
        DraftComment comment = newComment(c, o.articleNo(), null, o.body(), o.channel(), o.sourceKind(), Moderation.PUBLISHED, clock.instant())
                .author(blankToNull(o.authorName()), null).expert(o.expertId());
        return new Receipt(comments.save(comment).getReceipt(), false);
    }

    /** An opinion raised at a hearing or 论证会, entering the same triage as comments. */
    public Receipt recordHearingOpinion(long billId, long versionId, long hearingId, Integer articleNo, String body, String speaker,
                                        String side, Long expertId) {
        access.requireStaff(Caller.current());
        CommentText.check(body);
        DraftComment comment = new DraftComment(billId, versionId, null, hearingId, articleNo, null, body,
                expertId == null ? CommentChannel.HEARING : CommentChannel.EXPERT, expertId == null ? SourceKind.HEARING : SourceKind.EXPERT,
                CommentText.hash(body), uniqueReceipt(), Moderation.PUBLISHED, clock.instant())
                .author(blankToNull(speaker), null).expert(expertId).side(side);
        return new Receipt(comments.save(comment).getReceipt(), false);
    }

    private Consultation accepting(long consultationId) {
        Consultation c = consultations.findById(consultationId).orElseThrow(() -> new NotFoundException("征求意见", consultationId));
        requireAccepting(c, LocalDate.now(clock));
        return c;
    }

    static void requireAccepting(Consultation c, LocalDate today) {
        if (today.isBefore(c.getOpensOn())) {
            throw new DomainException("本次征求意见尚未开始");
        }
        if (!c.accepting(today)) {
            throw new DomainException("本次征求意见已于" + (c.getClosedOn() != null ? c.getClosedOn() : c.getClosesOn()) + "结束，不再接收意见。感谢您的关注！");
        }
    }

    private void checkArticle(Consultation c, Integer articleNo) {
        if (articleNo != null && (articleNo < 1 || articleNo > texts.of(c).articleCount())) {
            throw new DomainException("所选条文不存在");
        }
    }

    private DraftComment newComment(Consultation c, Integer articleNo, Integer paragraphNo, String body, CommentChannel channel, SourceKind source,
                                    Moderation moderation, Instant now) {
        return new DraftComment(c.getBillId(), c.getBillVersionId(), c.getId(), null, articleNo, paragraphNo, body, channel, source,
                CommentText.hash(body), uniqueReceipt(), moderation, now);
    }

    /** 31^10 codes: a clash is unlikely, but a receipt must never name two comments. */
    private String uniqueReceipt() {
        String code = CommentText.receipt();
        while (comments.existsByReceipt(code)) {
            code = CommentText.receipt();
        }
        return code;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
