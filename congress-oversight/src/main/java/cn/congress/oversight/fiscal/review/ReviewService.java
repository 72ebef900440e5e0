package cn.congress.oversight.fiscal.review;

import cn.congress.domain.account.Caller;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.fiscal.review.ReviewViews.ReviewRow;
import cn.congress.oversight.fiscal.review.ReviewViews.ReviewView;
import cn.congress.oversight.fiscal.review.ReviewViews.SessionOption;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The statutory fiscal calendar: items planned in their legal window, their documents (the government's report and
 * the 初审报告, due the rules' days before the session), the session's agenda, and the decision: a resolution or
 * review opinion recorded by staff, or the approval vote whose result the session's {@code VoteConcluded} brings.
 */
@Service
@RequiredArgsConstructor
public class ReviewService {

    /** The target type of agenda items and votes on a calendar item, named back by {@code VoteConcluded}. */
    public static final String TARGET = "FiscalReview";

    private final FiscalReviewRepository reviews;
    private final AttachmentService attachments;
    private final SessionAgenda agenda;
    private final VoteService votes;
    private final Rules rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Whether the caller plans items and records decisions (the calendar's actions). */
    public boolean canPlan() {
        Caller caller = Caller.current();
        return caller.isSystem() || caller.has(cn.congress.domain.account.Role.STAFF);
    }

    @Transactional
    public long plan(int year, ReviewKind kind, String title, int plannedMonth) {
        ReviewAccess.requireStaff(Caller.current());
        if (kind == null || title == null || title.isBlank()) {
            throw new DomainException("请选择事项类别并填写名称");
        }
        if (!kind.allowsMonth(plannedMonth)) {
            throw new DomainException("该事项依法应在" + kind.window() + "审议，请调整计划月份");
        }
        return reviews.save(new FiscalReview(year, kind, title.trim(), plannedMonth)).getId();
    }

    @Transactional
    public void upload(long id, DocumentKind document, String fileName, byte[] content) {
        ReviewAccess.requireStaff(Caller.current());
        FiscalReview r = lock(id);
        if (!r.allows(ReviewStep.UPLOAD)) {
            throw new DomainException("该事项已审议，不能再上传材料");
        }
        attachments.store(document.ownerType(), id, fileName, content);
    }

    @Transactional(readOnly = true)
    public Attachment document(long id, DocumentKind document, long attachmentId) {
        ReviewAccess.requireReader(Caller.current());
        reviews.findById(id).orElseThrow(() -> new NotFoundException("财政经济监督事项", id));
        return attachments.get(document.ownerType(), id, attachmentId);
    }

    /** Puts the item on the session's agenda, with the approval vote when the law asks for one; documents are due before it. */
    @Transactional
    public void schedule(long id, long expectedVersion, long sessionId) {
        ReviewAccess.requireStaff(Caller.current());
        FiscalReview r = lock(id);
        r.checkVersion(expectedVersion);
        SessionSummary session = agenda.find(sessionId).filter(s -> !s.closed())
                .orElseThrow(() -> new DomainException("请选择尚未闭会的常委会会议"));
        AgendaItemType type = r.getKind().approval() ? AgendaItemType.RESOLUTION : AgendaItemType.WORK_REPORT;
        long itemId = agenda.addItem(sessionId, type, (r.getKind().approval() ? "审查批准：" : "听取和审议：") + r.getTitle(), TARGET, id);
        Long voteId = null;
        if (r.getKind().approval()) {
            VoteService.NewVote vote = VoteService.NewVote.motion("关于批准" + r.getTitle() + "的决议（草案）", false);
            voteId = votes.prepare(sessionId, itemId, new VoteService.NewVote(vote.title(), vote.kind(), vote.method(), vote.rule(),
                    vote.secret(), TARGET, id, List.of())).getId();
        }
        r.schedule(sessionId, session.title(), session.startDate(), itemId, voteId);
    }

    /** The resolution or review opinion of an item the law does not put to an approval vote. */
    @Transactional
    public void recordResolution(long id, long expectedVersion, String resolution) {
        ReviewAccess.requireStaff(Caller.current());
        FiscalReview r = lock(id);
        r.checkVersion(expectedVersion);
        if (r.getKind().approval()) {
            throw new DomainException("该事项须经常委会会议表决批准");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new DomainException("请填写决议或审议意见");
        }
        requireDocuments(id);
        r.decide(ReviewStep.RECORD_RESOLUTION, resolution.trim(), LocalDate.now(clock));
    }

    /** The consequence of the approval vote, inside the transaction that closes it. */
    @Transactional
    public void applyVote(long id, boolean adopted, String tally) {
        FiscalReview r = lock(id);
        if (!r.allows(ReviewStep.VOTE_ADOPTED)) {
            return;
        }
        r.decide(adopted ? ReviewStep.VOTE_ADOPTED : ReviewStep.VOTE_REJECTED,
                (adopted ? "会议表决通过：" : "会议表决未通过：") + tally, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> calendar(int year) {
        ReviewAccess.requireReader(Caller.current());
        int days = rules.integer("fiscal.review-documents-days");
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("""
                select r.id, r.year, r.kind, r.title, r.planned_month, r.status, r.session_title, r.session_date,
                       exists (select 1 from attachment a where a.owner_type = 'FiscalReviewReport' and a.owner_id = r.id)
                       and exists (select 1 from attachment a where a.owner_type = 'FiscalReviewPreliminary' and a.owner_id = r.id)
                from fiscal_review r where r.year = ? order by r.planned_month, r.id""", (rs, n) -> {
            Date session = rs.getDate(8);
            LocalDate due = session == null ? null : session.toLocalDate().minusDays(days);
            boolean complete = rs.getBoolean(9);
            return new ReviewRow(rs.getLong(1), rs.getInt(2), ReviewKind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5),
                    ReviewStatus.valueOf(rs.getString(6)), rs.getString(7), due, complete, due != null && !complete && due.isBefore(today));
        }, year);
    }

    @Transactional(readOnly = true)
    public ReviewView view(long id) {
        Caller caller = Caller.current();
        ReviewAccess.requireReader(caller);
        FiscalReview r = reviews.findById(id).orElseThrow(() -> new NotFoundException("财政经济监督事项", id));
        LocalDate due = r.getSessionDate() == null ? null : r.getSessionDate().minusDays(rules.integer("fiscal.review-documents-days"));
        return new ReviewView(r.getId(), r.getVersion(), r.getYear(), r.getKind(), r.getTitle(), r.getPlannedMonth(), r.getStatus(),
                r.getSessionId(), r.getSessionTitle(), r.getSessionDate(), due, r.getVoteId(), r.getResolution(), r.getDecidedOn(),
                attachments.list(DocumentKind.GOVERNMENT_REPORT.ownerType(), id), attachments.list(DocumentKind.PRELIMINARY_REVIEW.ownerType(), id),
                ReviewAccess.steps(caller, r));
    }

    @Transactional(readOnly = true)
    public List<SessionOption> sessions() {
        ReviewAccess.requireStaff(Caller.current());
        return agenda.upcomingStandingCommitteeSessions().stream().filter(s -> !s.closed())
                .map(s -> new SessionOption(s.id(), s.title())).toList();
    }

    private void requireDocuments(long id) {
        if (attachments.list(DocumentKind.GOVERNMENT_REPORT.ownerType(), id).isEmpty()
                || attachments.list(DocumentKind.PRELIMINARY_REVIEW.ownerType(), id).isEmpty()) {
            throw new DomainException("请先上传政府报告和财政经济委员会初审报告");
        }
    }

    private FiscalReview lock(long id) {
        return reviews.lockById(id).orElseThrow(() -> new NotFoundException("财政经济监督事项", id));
    }
}
