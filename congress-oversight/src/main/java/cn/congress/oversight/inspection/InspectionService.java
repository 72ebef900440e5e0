package cn.congress.oversight.inspection;

import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.history.OversightHistory;
import cn.congress.oversight.history.OversightHistory.Subject;
import cn.congress.oversight.inspection.InvestigationView.InspectionPart;
import cn.congress.oversight.inspection.InvestigationView.InterpellationPart;
import cn.congress.oversight.inspection.InvestigationView.QuestionPart;
import cn.congress.oversight.inspection.InvestigationView.VisitPart;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.domain.deputy.DeputyDirectory;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Investigations (执法检查, 视察, 专题调研) with site visits and photos, inquiry questions, and interpellations. */
@Service
@RequiredArgsConstructor
public class InspectionService {

    public static final String PHOTO_OWNER = "OversightSiteVisit";

    private final InspectionRepository inspections;
    private final SiteVisitRepository visits;
    private final InquiryQuestionRepository questions;
    private final InterpellationRepository interpellations;
    private final OversightPlanService plans;
    private final AttachmentService attachments;
    private final Rules rules;
    private final OversightHistory history;
    private final TopicDeputyRepository topicDeputies;
    /** The roster, from the deputies module where it runs (absent in this module's own tests unless they provide one). */
    private final ObjectProvider<DeputyDirectory> deputyDirectory;
    private final Clock clock;

    @Transactional
    public void recordInspection(long topicId, long expectedVersion, InspectionDetails d) {
        OversightPlanService.TopicRef topic = allowed(topicId, InvestigationStep.RECORD_INSPECTION);
        Inspection i = inspections.findByTopicId(topicId).orElseGet(() -> inspections.save(new Inspection(topicId)));
        if (!i.isNew() && expectedVersion >= 0) {
            i.checkVersion(expectedVersion);
        }
        i.update(d);
        history.record(Subject.topic(topic.id()), InvestigationStep.RECORD_INSPECTION,
                d.lawTitle() == null || d.lawTitle().isBlank() ? null : "检查法规：" + d.lawTitle().trim());
    }

    @Transactional
    public long addSiteVisit(long topicId, LocalDate date, String place, String observed, String problems) {
        allowed(topicId, InvestigationStep.ADD_SITE_VISIT);
        Inspection i = inspections.findByTopicId(topicId).orElseGet(() -> inspections.save(new Inspection(topicId)));
        SiteVisit v = visits.save(new SiteVisit(i.getId(), date, place, observed, problems));
        history.record(Subject.topic(topicId), InvestigationStep.ADD_SITE_VISIT, date + " " + place.trim());
        return v.getId();
    }

    @Transactional
    public void addPhoto(long topicId, long visitId, String fileName, byte[] content) {
        allowed(topicId, InvestigationStep.ADD_PHOTO);
        SiteVisit v = visitOf(topicId, visitId);
        Attachment a = attachments.store(PHOTO_OWNER, v.getId(), fileName, content);
        if (!a.getContentType().startsWith("image/")) {
            throw new DomainException("现场照片须为 PNG 或 JPG 图片");
        }
        history.record(Subject.topic(topicId), InvestigationStep.ADD_PHOTO, v.getPlace() + "：" + a.getFileName());
    }

    @Transactional(readOnly = true)
    public Attachment photo(long topicId, long visitId, long attachmentId) {
        plans.topicRef(topicId);
        return attachments.get(PHOTO_OWNER, visitOf(topicId, visitId).getId(), attachmentId);
    }

    /** The deputies staff may add to an inspection group: the serving deputies of the current term. */
    @Transactional(readOnly = true)
    public List<DeputyDirectory.DeputyRef> deputyChoices(long topicId) {
        allowed(topicId, InvestigationStep.ADD_DEPUTY);
        DeputyDirectory directory = deputyDirectory.getIfAvailable();
        return directory == null ? List.of() : directory.serving();
    }

    /** A deputy took part in the inspection (visit, research) on that day; it counts in their performance record. */
    @Transactional
    public void addDeputy(long topicId, long deputyId, LocalDate on) {
        allowed(topicId, InvestigationStep.ADD_DEPUTY);
        if (on == null) {
            throw new DomainException("请填写参加日期");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("参加日期不能晚于今天：代表实际参加后再登记");
        }
        DeputyDirectory directory = deputyDirectory.getIfAvailable();
        DeputyDirectory.DeputyRef deputy = (directory == null ? java.util.Optional.<DeputyDirectory.DeputyRef>empty() : directory.find(deputyId))
                .orElseThrow(() -> new DomainException("请选择代表"));
        if (topicDeputies.findByTopicIdAndDeputyId(topicId, deputyId).isPresent()) {
            throw new DomainException(deputy.name() + "代表已登记参加");
        }
        topicDeputies.save(new TopicDeputy(topicId, deputyId, deputy.name(), on));
        history.record(Subject.topic(topicId), InvestigationStep.ADD_DEPUTY, deputy.name() + "代表参加（" + on + "）");
    }

    @Transactional
    public void removeDeputy(long topicId, long participantId) {
        allowed(topicId, InvestigationStep.REMOVE_DEPUTY);
        TopicDeputy p = topicDeputies.findById(participantId).filter(x -> x.getTopicId() == topicId)
                .orElseThrow(() -> new NotFoundException("参加代表", participantId));
        topicDeputies.delete(p);
        history.record(Subject.topic(topicId), InvestigationStep.REMOVE_DEPUTY, p.getDeputyName());
    }

    @Transactional
    public long addQuestion(long topicId, QuestionDetails d) {
        allowed(topicId, InvestigationStep.ADD_QUESTION);
        InquiryQuestion q = questions.save(new InquiryQuestion(topicId, questions.maxSeq(topicId) + 1, d));
        history.record(Subject.topic(topicId), InvestigationStep.ADD_QUESTION,
                "第" + q.getSeq() + "问：" + q.getAsker() + "询问，" + q.getOrganName() + q.getOfficial() + "应询");
        return q.getId();
    }

    /** A question of the topic (for turning its follow-up into a problem item). */
    @Transactional(readOnly = true)
    public QuestionPart question(long topicId, long questionId) {
        plans.topicRef(topicId);
        InquiryQuestion q = questions.findById(questionId).filter(x -> x.getTopicId() == topicId)
                .orElseThrow(() -> new NotFoundException("询问", questionId));
        return part(q);
    }

    @Transactional
    public void fileInterpellation(long topicId, String subject, List<String> proposerNames) {
        allowed(topicId, InvestigationStep.FILE_INTERPELLATION);
        List<String> names = proposerNames.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        int min = rules.integer("oversight.interpellation-min-members");
        if (names.size() < min) {
            throw new DomainException("质询案须由常委会组成人员" + min + "人以上联名提出，现有" + names.size() + "人");
        }
        if (interpellations.findByTopicId(topicId).isPresent()) {
            throw new DomainException("该议题已登记质询案");
        }
        interpellations.save(new Interpellation(topicId, subject, String.join("、", names), names.size()));
        history.record(Subject.topic(topicId), InvestigationStep.FILE_INTERPELLATION, names.size() + "名组成人员联名：" + String.join("、", names));
    }

    @Transactional
    public void decideAnswerForm(long topicId, AnswerForm form) {
        allowed(topicId, InvestigationStep.DECIDE_ANSWER_FORM);
        interpellation(topicId).decideForm(form);
        history.record(Subject.topic(topicId), InvestigationStep.DECIDE_ANSWER_FORM, form == AnswerForm.ORAL ? "口头答复" : "书面答复");
    }

    @Transactional
    public boolean recordAnswer(long topicId, LocalDate on, int dissatisfied) {
        allowed(topicId, InvestigationStep.RECORD_ANSWER);
        Interpellation i = interpellation(topicId);
        boolean again = i.recordAnswer(on, dissatisfied);
        history.record(Subject.topic(topicId), InvestigationStep.RECORD_ANSWER, "第" + i.getRound() + "次答复，" + dissatisfied + "/"
                + i.getProposerCount() + "名提案人不满意" + (again ? "，须重新答复" : ""));
        return again;
    }

    @Transactional(readOnly = true)
    public InvestigationView view(long topicId) {
        OversightPlanService.TopicRef topic = plans.topicRef(topicId);
        Caller caller = Caller.current();
        Inspection i = inspections.findByTopicId(topicId).orElse(null);
        List<VisitPart> visitParts = List.of();
        if (i != null) {
            List<SiteVisit> vs = visits.findByInspectionIdOrderByVisitDateAscIdAsc(i.getId());
            Map<Long, List<AttachmentInfo>> photos = vs.stream().collect(Collectors.toMap(SiteVisit::getId,
                    v -> attachments.list(PHOTO_OWNER, v.getId())));
            visitParts = vs.stream().map(v -> new VisitPart(v.getId(), v.getVisitDate(), v.getPlace(), v.getObserved(), v.getProblems(),
                    photos.get(v.getId()))).toList();
        }
        InterpellationPart ip = interpellations.findByTopicId(topicId).map(x -> new InterpellationPart(x.getId(), x.getSubject(),
                x.getProposers(), x.getProposerCount(), x.getAnswerForm(), x.getAnsweredOn(), x.getDissatisfied(), x.getRound(),
                x.newAnswerRequired())).orElse(null);
        List<InvestigationView.DeputyPart> deputyParts = topicDeputies.findByTopicIdOrderByTookPartOnAscIdAsc(topicId).stream()
                .map(d -> new InvestigationView.DeputyPart(d.getId(), d.getDeputyId(), d.getDeputyName(), d.getTookPartOn())).toList();
        return new InvestigationView(i == null ? null : new InspectionPart(i.getId(), i.getLawTitle(), i.getArticles(), i.getGroupMembers(),
                i.getSchedule(), i.getReport(), i.getVersion()), deputyParts, visitParts,
                questions.findByTopicIdOrderBySeq(topicId).stream().map(InspectionService::part).toList(), ip,
                rules.integer("oversight.interpellation-min-members"), InspectionAccess.stepsFor(caller, topic));
    }

    private static QuestionPart part(InquiryQuestion q) {
        return new QuestionPart(q.getId(), q.getSeq(), q.getAsker(), q.getQuestion(), q.getOrganName(), q.getOfficial(),
                q.getAnswerSummary(), q.getFollowUp());
    }

    private OversightPlanService.TopicRef allowed(long topicId, InvestigationStep step) {
        Caller caller = Caller.current();
        InspectionAccess.requireStaff(caller);
        OversightPlanService.TopicRef topic = plans.topicRef(topicId);
        if (!step.allowedFor(topic.kind(), topic.status())) {
            throw new DomainException("该议题当前不能办理此事项");
        }
        return topic;
    }

    private Interpellation interpellation(long topicId) {
        return interpellations.findByTopicId(topicId).orElseThrow(() -> new DomainException("请先登记质询案"));
    }

    private SiteVisit visitOf(long topicId, long visitId) {
        Inspection i = inspections.findByTopicId(topicId).orElseThrow(() -> new NotFoundException("视察点", visitId));
        return visits.findById(visitId).filter(v -> v.getInspectionId() == i.getId())
                .orElseThrow(() -> new NotFoundException("视察点", visitId));
    }
}
