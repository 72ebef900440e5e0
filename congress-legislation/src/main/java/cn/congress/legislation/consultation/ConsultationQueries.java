package cn.congress.legislation.consultation;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Read models of consultations for staff, for logged-in readers (deputies, members, contact points) and for the public. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ConsultationQueries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ConsultationRepository consultations;
    private final ConsultationEventRepository events;
    private final DraftCommentRepository comments;
    private final ConsultationAccess access;
    private final DraftTexts texts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** A bill's consultations, for its staff pages. */
    public List<ConsultationRow> forBill(long billId) {
        access.requireAccountReader(Caller.current());
        return rows(consultations.findByBillIdOrderByOpensOnDescIdDesc(billId), false);
    }

    /** Staff detail page: everything, with history and the steps staff may take. */
    public ConsultationView view(long id) {
        access.requireStaff(Caller.current());
        Consultation c = get(id);
        return view(c, counts(id, false), events.findByConsultationIdOrderByIdAsc(id).stream()
                .map(e -> TimelineEntry.of(e.getCreatedAt(), e.getStep().getMessageKey(), e.getActorName(), e.getRemark())).toList(), true);
    }

    /** What a logged-in reader may open: a contact point its assigned drafts, others the consultations open now. */
    public List<ConsultationRow> forAccount() {
        Caller caller = Caller.current();
        access.requireAccountReader(caller);
        if (caller.has(cn.congress.domain.account.Role.CONTACT_POINT) && caller.orgUnitId() != null
                && !caller.hasAny(cn.congress.domain.account.Role.STAFF, cn.congress.domain.account.Role.MEMBER, cn.congress.domain.account.Role.DEPUTY)) {
            return rows(consultations.assignedToOrgUnit(caller.orgUnitId()), false);
        }
        return rows(consultations.openOn(LocalDate.now(clock)), false);
    }

    public ConsultationView accountView(long id) {
        return accountDraft(id).view();
    }

    public AccountDraft accountDraft(long id) {
        Caller caller = Caller.current();
        Consultation c = get(id);
        access.requireSee(caller, c);
        LocalDate today = LocalDate.now(clock);
        return new AccountDraft(view(c, counts(id, true), List.of(), false), access.canCommentFromAccount(caller, c, today),
                access.canSendBatch(caller, c, today));
    }

    /** Open consultations for the public portal. */
    public List<ConsultationRow> publicOpen() {
        return rows(consultations.openOn(LocalDate.now(clock)), true);
    }

    /** Consultations whose feedback report is published. */
    public List<ConsultationRow> publicReported() {
        return rows(consultations.reported(), true);
    }

    /** A consultation as the public sees it; one not yet opened does not exist for them. */
    public ConsultationView publicView(long id) {
        Consultation c = get(id);
        if (LocalDate.now(clock).isBefore(c.getOpensOn())) {
            throw new NotFoundException("征求意见", id);
        }
        return view(c, counts(id, true), List.of(), false);
    }

    /**
     * How a consultation the public may see identifies commenters (the form's submission needs only this). The mode is
     * fixed when the consultation is opened, and an open consultation stays open to reading, so once seen it is
     * kept: a national consultation's thousand submissions a second each save a round trip to the database. No
     * transaction of its own: the class's read-only one took a pooled connection and a Hibernate session for every
     * call, even answered from memory (a tenth of a submission's request CPU in JFR).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public IdentityMode publicIdentityMode(long id) {
        IdentityMode known = identityModes.get(id);
        if (known != null) {
            return known;
        }
        IdentityMode mode = jdbc.query("select identity_mode from consultation where id = ? and opens_on <= ?",
                        (rs, i) -> IdentityMode.valueOf(rs.getString(1)), id, java.sql.Date.valueOf(LocalDate.now(clock)))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("征求意见", id));
        if (identityModes.size() >= 1000) {
            identityModes.clear();
        }
        identityModes.put(id, mode);
        return mode;
    }

    private final Map<Long, IdentityMode> identityModes = new java.util.concurrent.ConcurrentHashMap<>();

    /** The latest published comments (pre-moderated ones only once approved), for the public page. */
    public List<PublicCommentRow> latestPublished(long consultationId, Integer articleNo, int limit) {
        return jdbc.query("""
                select article_no, body, submitted_at from draft_comment
                where consultation_id = ? and moderation = 'PUBLISHED' and (?::int is null or coalesce(article_no, 0) = ?::int)
                order by submitted_at desc, id desc limit ?
                """, (rs, i) -> new PublicCommentRow((Integer) rs.getObject(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                consultationId, articleNo, articleNo, limit);
    }

    /** The holder of a receipt sees the comment and its decision; an unknown code is not found. */
    public ReceiptView receipt(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase();
        DraftComment d = comments.findByReceipt(normalised).orElseThrow(() -> new NotFoundException("未找到该回执号对应的意见，请核对后重新输入"));
        Consultation c = d.getConsultationId() == null ? null : consultations.findById(d.getConsultationId()).orElse(null);
        return new ReceiptView(d.getReceipt(), c == null ? 0 : c.getId(), c == null ? "" : c.getTitle(), d.getArticleNo(), d.getBody(),
                d.getSubmittedAt(), d.getModeration(), d.getDecision(), d.getDecisionReason(),
                c != null && c.getStatus() == ConsultationStatus.REPORTED);
    }

    /**
     * Comments per article (0 = the whole draft); the public counts published ones only, staff all but hidden. Read
     * from the counters the database keeps with every change of a comment (migration V2026_11_30_1401): counting a
     * national draft's million comments on every page view and every submission took longer than the page may.
     */
    Map<Integer, Long> counts(long consultationId, boolean publishedOnly) {
        Map<Integer, Long> result = new HashMap<>();
        String n = publishedOnly ? "published" : "visible";
        jdbc.query("select article_no, sum(" + n + ") from draft_comment_article_count where consultation_id = ? group by 1 having sum(" + n + ") > 0",
                rs -> {
                    result.put(rs.getInt(1), rs.getLong(2));
                }, consultationId);
        return result;
    }

    private ConsultationView view(Consultation c, Map<Integer, Long> counts, List<TimelineEntry> history, boolean staff) {
        LocalDate today = LocalDate.now(clock);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ConsultationView(c.getId(), c.getBillId(), c.getBillVersionId(), c.getTitle(), c.getExplanation(), c.questionList(),
                c.channelSet(), c.getIdentityMode(), c.getIdentityReason(), c.getOpensOn(), c.getClosesOn(), c.effectiveStatus(today),
                c.daysLeft(today), c.accepting(today), c.getClosedOn(), c.getCloseReason(),
                staff || c.getStatus() == ConsultationStatus.REPORTED ? c.getFeedbackReport() : null, c.getFeedbackPublishedOn(),
                c.getVersion(), staff ? c.steps(today) : Set.of(), history, staff ? new HashSet<>(c.getContactPointIds()) : Set.of(),
                texts.of(c), counts, total);
    }

    private List<ConsultationRow> rows(List<Consultation> list, boolean publishedOnly) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> totals = totals(list.stream().map(Consultation::getId).toList(), publishedOnly);
        return list.stream().map(c -> new ConsultationRow(c.getId(), c.getBillId(), c.getTitle(), c.getOpensOn(), c.getClosesOn(),
                c.effectiveStatus(today), c.daysLeft(today), totals.getOrDefault(c.getId(), 0L))).toList();
    }

    private Map<Long, Long> totals(Collection<Long> ids, boolean publishedOnly) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> result = new HashMap<>();
        String n = publishedOnly ? "published" : "visible";
        jdbc.query("select consultation_id, sum(" + n + ") from draft_comment_article_count where consultation_id = any(?) group by 1 having sum("
                        + n + ") > 0",
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                }, (Object) ids.toArray(Long[]::new));
        return result;
    }

    private Consultation get(long id) {
        return consultations.findById(id).orElseThrow(() -> new NotFoundException("征求意见", id));
    }

    static Timestamp start(LocalDate d) {
        return Timestamp.from(d.atStartOfDay(ZONE).toInstant());
    }

    static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
