package cn.congress.oversight.opinion;

import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.history.OversightHistory;
import cn.congress.oversight.history.OversightHistory.Subject;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.oversight.plan.TopicStatus;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Review opinions: issuing with a document number and the rules' deadline, the problem checklist, the organ's
 * handling report in rounds, the satisfaction evaluation at a session and its consequence, publication and the
 * carry-over of open items into a 回头看. Every method asks {@link OpinionAccess} first.
 */
@Service
@RequiredArgsConstructor
public class OpinionService {

    /** The target type of agenda items and votes on a handling report, named back by {@code VoteConcluded}. */
    public static final String REPORT_TARGET = "HandlingReport";

    private final ReviewOpinionRepository opinions;
    private final HandlingReportRepository reports;
    private final ProblemItemRepository problems;
    private final OversightPlanService plans;
    private final DocumentNumbers documentNumbers;
    private final Rules rules;
    private final SessionAgenda agenda;
    private final VoteService votes;
    private final OversightHistory history;
    private final Clock clock;

    public record Issue(String title, String content, ReportKind reportKind, LocalDate issuedOn) {
    }

    /** Issues the opinion of a heard topic to the topic's organ; the first handling report is due after the rules' months. */
    @Transactional
    public long issue(long topicId, Issue in) {
        OpinionAccess.requireStaff(Caller.current());
        OversightPlanService.TopicRef topic = plans.topicRef(topicId);
        if (opinions.findByTopicId(topicId).isPresent()) {
            throw new DomainException("该议题已经交办审议意见");
        }
        if (topic.status() != TopicStatus.HEARD) {
            throw new DomainException("常委会会议审议后才能交办审议意见");
        }
        plans.markOpinionIssued(topicId);
        String no = documentNumbers.next("docno.prefix.review-opinion", in.issuedOn().getYear());
        ReviewOpinion o = opinions.save(new ReviewOpinion(topicId, no, in.title().trim(), in.content().trim(), in.reportKind(),
                topic.organId(), in.issuedOn()));
        LocalDate due = in.issuedOn().plusMonths(rules.integerOn(in.reportKind().monthsRule(), in.issuedOn()));
        reports.save(new HandlingReport(o.getId(), 1, due));
        history.record(new Subject(topicId, o.getId(), null), OpinionStep.ISSUE, no + "，研究处理情况报告期限至" + due,
                "/oversight/opinions/" + o.getId(), no, clock.instant());
        return o.getId();
    }

    @Transactional
    public long addItem(long opinionId, ProblemDetails d, ProblemSource source, String sourceRef) {
        OpinionAccess.requireStaff(Caller.current());
        ReviewOpinion o = lock(opinionId);
        if (!o.allows(OpinionStep.ADD_ITEM)) {
            throw new DomainException("审议意见当前状态下不能增加问题");
        }
        return createItem(o, d, source, sourceRef, null);
    }

    private long createItem(ReviewOpinion o, ProblemDetails d, ProblemSource source, String sourceRef, Long carriedFrom) {
        ProblemItem item = problems.save(new ProblemItem(o.getId(), problems.maxSeq(o.getId()) + 1, d, source, sourceRef, carriedFrom));
        history.record(new Subject(o.getTopicId(), o.getId(), item.getId()), ProblemStep.CREATE,
                "问题" + item.getSeq() + "：" + item.getDescription() + "（整改期限 " + item.getDeadline() + "）",
                "/oversight/problems/" + item.getId(), "问题" + item.getSeq(), clock.instant());
        return item.getId();
    }

    /** The organ submits its 研究处理情况报告 of the current round. */
    @Transactional
    public void submitReport(long opinionId, String content) {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        ReviewOpinion o = lock(opinionId);
        if (!OpinionAccess.isOrgan(caller, o.getOrganId())) {
            if (OpinionAccess.seesAll(caller)) {
                throw new DomainException("研究处理情况报告由承办机关提交");
            }
            throw new NotFoundException("审议意见", opinionId);
        }
        if (content == null || content.isBlank()) {
            throw new DomainException("请填写研究处理情况报告");
        }
        o.take(OpinionStep.SUBMIT_REPORT);
        HandlingReport r = current(o);
        r.submit(content.trim(), caller.name(), clock.instant());
        history.record(new Subject(o.getTopicId(), opinionId, null), OpinionStep.SUBMIT_REPORT,
                "第" + r.getRound() + "轮" + (r.getSubmittedAt() != null && LocalDate.now(clock).isAfter(r.getDueOn()) ? "（超期）" : ""));
    }

    /** Puts the current report on a session's agenda with a satisfaction vote (满意/基本满意/不满意). */
    @Transactional
    public long scheduleEvaluation(long opinionId, long sessionId) {
        OpinionAccess.requireStaff(Caller.current());
        ReviewOpinion o = lock(opinionId);
        if (!o.allows(OpinionStep.SCHEDULE_EVALUATION)) {
            throw new DomainException("收到研究处理情况报告后才能安排满意度测评");
        }
        SessionSummary session = agenda.find(sessionId).filter(s -> !s.closed())
                .orElseThrow(() -> new DomainException("请选择尚未闭会的常委会会议"));
        HandlingReport r = current(o);
        String title = "审议关于《" + o.getTitle() + "》研究处理情况的报告" + (r.getRound() > 1 ? "（第" + r.getRound() + "轮）" : "");
        long itemId = agenda.addItem(sessionId, AgendaItemType.WORK_REPORT, title, REPORT_TARGET, r.getId());
        Vote vote = votes.prepare(sessionId, itemId, new VoteService.NewVote(o.getTitle() + "研究处理情况报告满意度测评",
                VoteKind.SATISFACTION, VoteMethod.ELECTRONIC, VoteRule.MAJORITY_OF_PRESENT, false, REPORT_TARGET, r.getId(), List.of()));
        o.take(OpinionStep.SCHEDULE_EVALUATION);
        r.scheduleEvaluation(sessionId, session.title(), vote.getId());
        history.record(new Subject(o.getTopicId(), opinionId, null), OpinionStep.SCHEDULE_EVALUATION, session.title(),
                "/sessions/votes/" + vote.getId(), "测评表决", clock.instant());
        return vote.getId();
    }

    /** The 主任会议 accepts the report without putting it to the standing committee. */
    @Transactional
    public void accept(long opinionId, String remark) {
        OpinionAccess.requireStaff(Caller.current());
        ReviewOpinion o = lock(opinionId);
        o.take(OpinionStep.ACCEPT);
        history.record(new Subject(o.getTopicId(), opinionId, null), OpinionStep.ACCEPT, blankToNull(remark));
    }

    /**
     * The consequence of a satisfaction vote, from the rules: unless 满意 + 基本满意 exceed the pass share of those
     * present, the organ must report again within the rules' months, as a new round of the same opinion.
     */
    @Transactional
    public void applyEvaluation(long reportId, int satisfied, int basically, int dissatisfied, int present) {
        HandlingReport r = reports.findById(reportId).orElseThrow(() -> new NotFoundException("研究处理情况报告", reportId));
        ReviewOpinion o = lock(r.getOpinionId());
        if (r.getPassed() != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int percent = rules.integer("oversight.satisfaction-pass-percent");
        boolean passed = 100L * (satisfied + basically) > (long) percent * present;
        r.recordResult(satisfied, basically, dissatisfied, present, passed);
        String tally = "满意" + satisfied + "票，基本满意" + basically + "票，不满意" + dissatisfied + "票，出席" + present + "人";
        Subject subject = new Subject(o.getTopicId(), o.getId(), null);
        if (passed) {
            o.take(OpinionStep.EVALUATION_PASSED);
            history.record(subject, OpinionStep.EVALUATION_PASSED, tally);
        } else {
            o.take(OpinionStep.EVALUATION_FAILED);
            LocalDate due = today.plusMonths(rules.integer("oversight.re-report-months"));
            reports.save(new HandlingReport(o.getId(), o.getRound(), due));
            history.record(subject, OpinionStep.EVALUATION_FAILED, tally + "；须于" + due + "前重新报告（第" + o.getRound() + "轮）");
        }
    }

    @Transactional
    public void release(long opinionId) {
        OpinionAccess.requireStaff(Caller.current());
        ReviewOpinion o = lock(opinionId);
        o.release();
        history.record(new Subject(o.getTopicId(), opinionId, null), OpinionStep.RELEASE, o.getDocumentNo());
    }

    /** Publishes the latest submitted report of the opinion and, once evaluated, its satisfaction result. */
    @Transactional
    public void releaseReport(long opinionId) {
        OpinionAccess.requireStaff(Caller.current());
        ReviewOpinion o = lock(opinionId);
        HandlingReport r = reports.findByOpinionIdOrderByRound(opinionId).stream().filter(x -> x.getSubmittedAt() != null && !x.isReleased())
                .reduce((a, b) -> b).orElseThrow(() -> new DomainException("没有待公开的研究处理情况报告"));
        r.release();
        history.record(new Subject(o.getTopicId(), opinionId, null), OpinionStep.RELEASE_REPORT, "第" + r.getRound() + "轮");
    }

    /**
     * 回头看: carries the open items of an earlier opinion into the opinion of its follow-up topic. Each new item
     * keeps a link to the one it continues, so its page shows the whole history; the old item is frozen.
     */
    @Transactional
    public int carryOver(long fromOpinionId, long followUpOpinionId) {
        OpinionAccess.requireStaff(Caller.current());
        ReviewOpinion from = lock(fromOpinionId);
        ReviewOpinion to = lock(followUpOpinionId);
        OversightPlanService.TopicRef followUp = plans.topicRef(to.getTopicId());
        if (followUp.kind() != TopicKind.FOLLOW_UP || followUp.followUpOfId() == null || followUp.followUpOfId() != from.getTopicId()) {
            throw new DomainException("只能转入本议题的回头看议题的审议意见");
        }
        if (!to.allows(OpinionStep.ADD_ITEM)) {
            throw new DomainException("回头看审议意见当前状态下不能增加问题");
        }
        int moved = 0;
        for (ProblemItem item : problems.findByOpinionIdOrderBySeq(fromOpinionId)) {
            if (!item.allows(ProblemStep.CARRY_OVER)) {
                continue;
            }
            item.carryOver();
            history.record(new Subject(from.getTopicId(), fromOpinionId, item.getId()), ProblemStep.CARRY_OVER, to.getDocumentNo(),
                    "/oversight/opinions/" + to.getId(), to.getDocumentNo(), clock.instant());
            createItem(to, new ProblemDetails(item.getDescription(), item.getOrganId(), item.getMeasuresRequired(),
                    to.getIssuedOn().plusMonths(rules.integerOn(to.getReportKind().monthsRule(), to.getIssuedOn()))),
                    ProblemSource.FOLLOW_UP, from.getDocumentNo() + " 问题" + item.getSeq(), item.getId());
            moved++;
        }
        if (moved == 0) {
            throw new DomainException("没有未销号的问题可以转入回头看");
        }
        return moved;
    }

    private HandlingReport current(ReviewOpinion o) {
        return reports.findByOpinionIdAndRound(o.getId(), o.getRound())
                .orElseThrow(() -> new NotFoundException("研究处理情况报告", o.getId()));
    }

    private ReviewOpinion lock(long id) {
        return opinions.lockById(id).orElseThrow(() -> new NotFoundException("审议意见", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
