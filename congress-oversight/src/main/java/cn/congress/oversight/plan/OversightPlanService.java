package cn.congress.oversight.plan;

import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.history.OversightHistory;
import cn.congress.oversight.history.OversightHistory.Subject;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The annual oversight plan: plans, their topics and the topic's steps up to the session, and topic proposals
 * with their screening. Every method asks {@link PlanAccess} first.
 */
@Service
@RequiredArgsConstructor
public class OversightPlanService {

    private final OversightPlanRepository plans;
    private final OversightTopicRepository topics;
    private final TopicProposalRepository proposals;
    private final OrgUnitRepository orgUnits;
    private final SessionAgenda agenda;
    private final OversightHistory history;
    private final Clock clock;
    private final AuditLog auditLog;

    /** What other features of the module know of a topic. */
    public record TopicRef(long id, String title, TopicKind kind, TopicStatus status, long organId, long leadBodyId, int year,
                           Long sessionId, String sessionTitle, Long followUpOfId) {
    }

    @Transactional
    public long createPlan(int year, String title) {
        PlanAccess.requireStaff(Caller.current());
        if (plans.findByYear(year).isPresent()) {
            throw new DomainException(year + "年度监督工作计划已经存在");
        }
        return plans.save(new OversightPlan(year, title.trim())).getId();
    }

    @Transactional
    public void adopt(long planId, LocalDate on) {
        PlanAccess.requireStaff(Caller.current());
        plan(planId).adopt(on);
    }

    @Transactional
    public void publish(long planId) {
        PlanAccess.requireStaff(Caller.current());
        plan(planId).publish();
    }

    @Transactional
    public long addTopic(long planId, TopicDetails d) {
        PlanAccess.requireStaff(Caller.current());
        OversightPlan plan = plan(planId);
        return create(plan, d, null, "列入" + plan.getYear() + "年度监督工作计划");
    }

    private long create(OversightPlan plan, TopicDetails d, Long followUpOf, String remark) {
        requireOrg(d.leadBodyId());
        requireOrg(d.organId());
        OversightTopic topic = topics.save(new OversightTopic(plan, d, followUpOf));
        history.record(Subject.topic(topic.getId()), TopicStep.CREATE, remark);
        return topic.getId();
    }

    @Transactional
    public void editTopic(long topicId, long expectedVersion, TopicDetails d) {
        PlanAccess.requireStaff(Caller.current());
        OversightTopic topic = topic(topicId);
        topic.checkVersion(expectedVersion);
        requireOrg(d.leadBodyId());
        requireOrg(d.organId());
        topic.edit(d);
        history.record(Subject.topic(topicId), TopicStep.EDIT, null);
    }

    /** A step without data of its own: start preparation, record that the session heard it, complete, drop. */
    @Transactional
    public void take(long topicId, TopicStep step, String remark) {
        PlanAccess.requireStaff(Caller.current());
        if (step != TopicStep.START_PREPARATION && step != TopicStep.RECORD_HEARD && step != TopicStep.COMPLETE
                && step != TopicStep.DROP) {
            throw new DomainException("该事项须在相应页面办理");
        }
        if (step == TopicStep.DROP && (remark == null || remark.isBlank())) {
            throw new DomainException("调整出计划须说明理由");
        }
        topics.lockById(topicId).orElseThrow(() -> new NotFoundException("议题", topicId)).take(step);
        history.record(Subject.topic(topicId), step, remark == null || remark.isBlank() ? null : remark.trim());
    }

    /** Puts the topic on a standing-committee session's agenda through the domain's agenda contract. */
    @Transactional
    public void schedule(long topicId, long sessionId) {
        PlanAccess.requireStaff(Caller.current());
        OversightTopic topic = topics.lockById(topicId).orElseThrow(() -> new NotFoundException("议题", topicId));
        SessionSummary session = agenda.find(sessionId).filter(s -> !s.closed())
                .orElseThrow(() -> new DomainException("请选择尚未闭会的常委会会议"));
        if (!topic.allows(TopicStep.SCHEDULE)) {
            throw new DomainException("议题当前状态下不能列入会议议程");
        }
        AgendaItemType type = topic.getKind() == TopicKind.SPECIAL_INQUIRY ? AgendaItemType.SPECIAL_INQUIRY : AgendaItemType.WORK_REPORT;
        String itemTitle = (type == AgendaItemType.SPECIAL_INQUIRY ? "专题询问：" : "听取和审议：") + topic.getTitle();
        long itemId = agenda.addItem(sessionId, type, itemTitle, "OversightTopic", topicId);
        topic.schedule(sessionId, session.title(), itemId);
        // no link in the history: not every reader of the topic may open the session; the topic's facts link it for those who may
        history.record(Subject.topic(topicId), TopicStep.SCHEDULE, session.title(), null, null, clock.instant());
    }

    /** The opinion feature issues the review opinion of a heard topic. */
    @Transactional
    public void markOpinionIssued(long topicId) {
        topics.lockById(topicId).orElseThrow(() -> new NotFoundException("议题", topicId)).take(TopicStep.ISSUE_OPINION);
    }

    /** Plans a 回头看 of the topic as a topic of a later year's plan; returns the new topic. */
    @Transactional
    public long planFollowUp(long topicId, int year) {
        PlanAccess.requireStaff(Caller.current());
        OversightTopic original = topic(topicId);
        if (!original.allows(TopicStep.PLAN_FOLLOW_UP)) {
            throw new DomainException("审议意见交办后才能安排跟踪监督（回头看）");
        }
        OversightPlan plan = plans.findByYear(year)
                .orElseThrow(() -> new DomainException("请先建立" + year + "年度监督工作计划"));
        if (plan.getYear() <= original.getPlan().getYear()) {
            throw new DomainException("回头看应列入以后年度的计划");
        }
        long id = create(plan, new TopicDetails("回头看：" + original.getTitle(), TopicKind.FOLLOW_UP, original.getLeadBodyId(),
                original.getOrganId(), 6, "对" + original.getPlan().getYear() + "年度议题审议意见落实情况开展跟踪监督"), topicId,
                "跟踪监督" + original.getPlan().getYear() + "年度议题");
        history.record(Subject.topic(topicId), TopicStep.PLAN_FOLLOW_UP, "列入" + year + "年度计划", "/oversight/topics/" + id,
                "回头看议题", clock.instant());
        return id;
    }

    @Transactional(readOnly = true)
    public TopicRef topicRef(long topicId) {
        Caller caller = Caller.current();
        OversightTopic t = topic(topicId);
        PlanAccess.requireSeeTopic(caller, topicId, t.getOrganId());
        return ref(t);
    }

    static TopicRef ref(OversightTopic t) {
        return new TopicRef(t.getId(), t.getTitle(), t.getKind(), t.getStatus(), t.getOrganId(), t.getLeadBodyId(),
                t.getPlan().getYear(), t.getSessionId(), t.getSessionTitle(), t.getFollowUpOfId());
    }

    // ----- proposals -----

    /**
     * The full contact a public proposer left, for staff: lists show it masked (个人信息保护法, checklist C41) and
     * every full view is written to the audit log.
     */
    @Transactional
    public String revealContact(long id) {
        Caller caller = Caller.current();
        PlanAccess.requireStaff(caller);
        TopicProposal p = proposals.findById(id).orElseThrow(() -> new NotFoundException("议题建议", id));
        if (p.getContact() == null) {
            throw new NotFoundException("联系方式", id);
        }
        auditLog.record(AuditAction.PERSONAL_DATA_VIEW, "TopicProposal", id, "查看议题建议人完整联系方式");
        return p.getContact();
    }

    /** A proposal from a logged-in deputy, member or working body. */
    @Transactional
    public long propose(int year, String title, String reason) {
        Caller caller = Caller.current();
        PlanAccess.requireProposer(caller);
        return proposals.save(new TopicProposal(year, PlanAccess.sourceOf(caller), caller.name(), caller.accountId(), null,
                title, reason)).getId();
    }

    /** A proposal from the public form: no account, held for moderation. */
    @Transactional
    public long proposePublic(int year, String name, String contact, String title, String reason) {
        return proposals.save(new TopicProposal(year, ProposalSource.PUBLIC, name.trim(), null, contact, title, reason)).getId();
    }

    /** Screening: adopt into the plan as a topic, or not adopt / reject with reasons. */
    @Transactional
    public Long screen(long proposalId, ProposalStatus decision, String reason, Long planId, TopicDetails topic) {
        PlanAccess.requireStaff(Caller.current());
        TopicProposal p = proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("议题建议", proposalId));
        if (decision == ProposalStatus.PENDING) {
            throw new DomainException("请选择筛选结果");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请填写筛选理由");
        }
        Long topicId = null;
        if (decision == ProposalStatus.ADOPTED) {
            if (planId == null || topic == null) {
                throw new DomainException("采纳的建议须列入计划，请填写议题信息");
            }
            OversightPlan plan = plan(planId);
            topicId = create(plan, topic, null, "采纳议题建议：" + p.getTitle() + "（" + p.getProposerName() + "）");
        }
        p.decide(decision, reason.trim(), topicId, clock.instant());
        return topicId;
    }

    private OversightPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("监督工作计划", id));
    }

    private OversightTopic topic(long id) {
        return topics.findById(id).orElseThrow(() -> new NotFoundException("议题", id));
    }

    private void requireOrg(long orgId) {
        if (!orgUnits.existsById(orgId)) {
            throw new DomainException("请选择有效的单位");
        }
    }
}
