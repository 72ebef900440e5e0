package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.DeputyStatus;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.notification.NotificationService;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The application service of suggestions and motions: every action checks who is asking (a deputy acts on their own
 * suggestions, a unit only on what is assigned to it, staff on everything but drafts) and then lets the
 * {@link Suggestion} change itself. Records the viewer may not know about answer 404, whatever the id.
 */
@Service
@RequiredArgsConstructor
public class SuggestionService {

    public static final String ATTACHMENT_OWNER = "suggestion";
    public static final String ANSWER_ATTACHMENT_OWNER = "suggestion-answer";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SuggestionRepository suggestions;
    private final SuggestionBundleRepository bundles;
    private final DeputyRepository deputies;
    private final OrgUnitService orgUnits;
    private final TermService terms;
    private final Rules rules;
    private final DocumentNumbers documentNumbers;
    private final AttachmentService attachments;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final UserAccountRepository accounts;
    private final Clock clock;

    /** A new filing: what the deputy typed, and the deputies invited to sign jointly. */
    public record Filing(String title, String content, SuggestionCategory category, Collection<Long> coSignerIds) {
    }

    /** An assignment decision. {@code months} above the rule's default needs a reason. */
    public record Assignment(long version, long leadUnitId, Collection<Long> coUnitIds, int months, String extensionReason,
                             boolean keySupervised, String supervisingLeader, Long bundleId, String newBundleTheme) {
    }

    /** A suggestion with everything its page shows, loaded in one transaction. */
    public record Detail(Suggestion suggestion, List<AttachmentInfo> attachments, List<AttachmentInfo> answerAttachments,
                         int motionThreshold, List<Deputy> mayStillSign, Long viewerDeputyId) {

        public boolean isAuthor() {
            return viewerDeputyId != null && viewerDeputyId.equals(suggestion.getLeadDeputy().getId());
        }

        /** The viewer is an invited joint deputy who has not confirmed yet, or may join this motion. */
        public boolean maySign() {
            if (viewerDeputyId == null || isAuthor()) {
                return false;
            }
            var signer = suggestion.signerOf(viewerDeputyId);
            return suggestion.getStatus() == SuggestionStatus.MOTION && signer.map(x -> !x.isConfirmed()).orElse(true)
                    || suggestion.getStatus() == SuggestionStatus.SUBMITTED && signer.map(x -> !x.isConfirmed()).orElse(false);
        }
    }

    // ----- reading -----

    /** The themes suggestions can be bundled under (打捆督办), for the supervision form and the list filter. */
    @Transactional(readOnly = true)
    public List<SuggestionBundle> bundles() {
        return bundles.findAllByOrderByThemeAsc();
    }

    @Transactional(readOnly = true)
    public Suggestion get(long id, Viewer viewer) {
        Suggestion s = suggestions.findWithHeader(id).orElseThrow(() -> new NotFoundException("建议", id));
        if (!maySee(s, viewer)) {
            throw new NotFoundException("建议", id);
        }
        return s;
    }

    @Transactional(readOnly = true)
    public Detail detail(long id, Viewer viewer) {
        Suggestion s = get(id, viewer);
        s.getSigners().forEach(x -> x.getDeputy().getName());
        s.getCoUnits().forEach(x -> x.getOrgUnit().getName());
        s.getRounds().size();
        s.getContacts().forEach(x -> x.getOrgUnit().getName());
        s.getCommitments().size();
        s.getReassignments().forEach(x -> x.getOrgUnit().getName());
        s.getExtensionRequests().forEach(x -> x.getOrgUnit().getName());
        s.getEvents().size();
        if (s.getMergedInto() != null) {
            s.getMergedInto().getTitle();
        }
        if (s.getBundle() != null) {
            s.getBundle().getTheme();
        }
        List<Deputy> mayStillSign = List.of();
        int threshold = rules.integer("motion.min-deputies");
        if (s.getStatus() == SuggestionStatus.MOTION) {
            mayStillSign = deputies.findServing(s.getTerm().getId()).stream()
                    .filter(d -> !d.getId().equals(s.getLeadDeputy().getId()))
                    .filter(d -> s.signerOf(d.getId()).map(x -> !x.isConfirmed()).orElse(true))
                    .sorted(java.util.Comparator.comparing(Deputy::getId)).toList();
        }
        return new Detail(s, attachments.list(ATTACHMENT_OWNER, id), attachments.list(ANSWER_ATTACHMENT_OWNER, id), threshold, mayStillSign,
                viewer.deputy() ? deputyIdOf(viewer) : null);
    }

    /** Drafts belong to their author alone; units see what is assigned to them; deputies their own and joint ones. */
    boolean maySee(Suggestion s, Viewer v) {
        if (s.getStatus() == SuggestionStatus.DRAFT) {
            return isAuthor(s, v);
        }
        if (v.staff()) {
            return true;
        }
        if (v.unit() && s.isHandledBy(v.orgUnitId())) {
            return true;
        }
        if (v.deputy()) {
            Long deputyId = deputyIdOf(v);
            if (deputyId != null && (deputyId.equals(s.getLeadDeputy().getId()) || s.signerOf(deputyId).isPresent()
                    || s.getStatus() == SuggestionStatus.MOTION)) {
                return true;
            }
        }
        return s.isPublished();
    }

    // ----- filing -----

    @Transactional
    public Suggestion file(Viewer viewer, Filing filing) {
        Deputy author = deputyOf(viewer);
        if (author.getStatus() != DeputyStatus.SERVING) {
            throw new DomainException("您的代表职务目前不在任，不能提出建议");
        }
        Suggestion s = new Suggestion(terms.current(), author, filing.title().trim(), filing.content().trim(),
                filing.category(), now(), viewer.name());
        invite(s, filing.coSignerIds());
        return suggestions.save(s);
    }

    @Transactional
    public void revise(long id, Viewer viewer, long version, Filing filing) {
        Suggestion s = ownDraft(id, viewer);
        s.checkVersion(version);
        s.revise(filing.title().trim(), filing.content().trim(), filing.category());
        s.getSigners().stream().filter(x -> !x.isConfirmed() && !filing.coSignerIds().contains(x.getDeputy().getId()))
                .map(x -> x.getDeputy().getId()).toList().forEach(s::removeInvitation);
        invite(s, filing.coSignerIds());
    }

    @Transactional
    public void addAttachment(long id, Viewer viewer, String fileName, byte[] content) {
        Suggestion s = ownDraft(id, viewer);
        if (s.getStatus() != SuggestionStatus.DRAFT && s.getStatus() != SuggestionStatus.RETURNED) {
            throw new DomainException("建议已提交，不能再添加附件");
        }
        attachments.store(ATTACHMENT_OWNER, id, fileName, content);
    }

    @Transactional
    public void submit(long id, Viewer viewer) {
        Suggestion s = ownDraft(id, viewer);
        s.submit(now(), viewer.name());
        List<Long> invited = s.getSigners().stream().filter(x -> !x.isConfirmed()).map(x -> x.getDeputy().getUserAccountId())
                .filter(Objects::nonNull).toList();
        notify(invited, "请确认附议：" + s.getTitle(), s.getLeadDeputy().getName() + "代表邀请您附议该建议，请在建议页面确认。", s);
    }

    @Transactional
    public boolean withdraw(long id, Viewer viewer, String reason) {
        Suggestion s = ownDraft(id, viewer);
        boolean withdrawn = s.withdraw(now(), viewer.name(), reason == null || reason.isBlank() ? null : reason.trim());
        if (!withdrawn) {
            notify(s.confirmedSigners().stream().map(x -> x.getDeputy().getUserAccountId()).filter(Objects::nonNull).toList(),
                    "请确认是否同意撤回：" + s.getTitle(), s.getLeadDeputy().getName() + "代表申请撤回您附议的建议，须经全部附议代表同意。", s);
        }
        return withdrawn;
    }

    /** A joint deputy consents, in their own account, to the lead deputy's withdrawal. Returns whether it is withdrawn now. */
    @Transactional
    public boolean consentToWithdrawal(long id, Viewer viewer) {
        Suggestion s = get(id, viewer);
        boolean withdrawn = s.consentToWithdrawal(deputyOf(viewer).getId(), now(), viewer.name());
        if (withdrawn && s.getLeadDeputy().getUserAccountId() != null) {
            notify(List.of(s.getLeadDeputy().getUserAccountId()), "建议已撤回：" + s.getTitle(), "附议代表均已同意，建议已撤回。", s);
        }
        return withdrawn;
    }

    @Transactional
    public void sign(long id, Viewer viewer) {
        Suggestion s = get(id, viewer);
        s.sign(deputyOf(viewer), now(), viewer.name());
    }

    // ----- review -----

    @Transactional
    public void accept(long id, Viewer viewer) {
        staffOnly(viewer);
        get(id, viewer).accept(nextRegistrationNumber(), now(), viewer.name());
    }

    @Transactional
    public void returnToDeputy(long id, Viewer viewer, String reason) {
        staffOnly(viewer);
        requireText(reason, "请填写退回理由");
        get(id, viewer).returnToDeputy(reason.trim(), now(), viewer.name());
    }

    @Transactional
    public void merge(long id, Viewer viewer, long targetId) {
        staffOnly(viewer);
        Suggestion target = get(targetId, viewer);
        get(id, viewer).mergeInto(target, now(), viewer.name());
    }

    @Transactional
    public void markAsMotion(long id, Viewer viewer, String remark) {
        staffOnly(viewer);
        get(id, viewer).markAsMotion(now(), viewer.name(), remark);
    }

    @Transactional
    public void listAsMotion(long id, Viewer viewer) {
        staffOnly(viewer);
        get(id, viewer).listAsMotion(rules.integer("motion.min-deputies"), now(), viewer.name());
    }

    @Transactional
    public void convertToSuggestion(long id, Viewer viewer, String remark) {
        staffOnly(viewer);
        get(id, viewer).convertToSuggestion(nextRegistrationNumber(), now(), viewer.name(), remark);
    }

    // ----- assignment -----

    @Transactional
    public void assign(long id, Viewer viewer, Assignment a) {
        staffOnly(viewer);
        Suggestion s = get(id, viewer);
        s.checkVersion(a.version());
        int defaultMonths = rules.integer("suggestion.answer-months");
        int maxMonths = rules.integer("suggestion.answer-max-months");
        if (a.months() < 1 || a.months() > maxMonths) {
            throw new DomainException("答复期限须在 1 到 " + maxMonths + " 个月之间（代表法第五十一条）");
        }
        if (a.months() > defaultMonths && (a.extensionReason() == null || a.extensionReason().isBlank())) {
            throw new DomainException("答复期限超过 " + defaultMonths + " 个月的，须说明理由（涉及面广、处理难度大）");
        }
        LocalDate today = today();
        OrgUnit lead = orgUnits.get(a.leadUnitId());
        List<OrgUnit> co = a.coUnitIds() == null ? List.of()
                : a.coUnitIds().stream().filter(Objects::nonNull).distinct().map(orgUnits::get).toList();
        String number = documentNumbers.next("docno.prefix.suggestion-assignment", today.getYear());
        s.assign(lead, co, today, today.plusMonths(a.months()), a.months() > defaultMonths ? a.extensionReason().trim() : null,
                number, viewer.accountId(), now(), viewer.name());
        s.flagKey(a.keySupervised(), a.supervisingLeader(), bundle(a.bundleId(), a.newBundleTheme()));
        suggestions.flush();
        notify(accounts.findEnabledIdsByOrgUnit(lead.getId()), "新交办的代表建议：" + s.getTitle(),
                "交办文号 " + number + "，由本单位主办，请于 " + cn(s.getDueOn()) + " 前答复代表。", s);
        for (OrgUnit u : co) {
            notify(accounts.findEnabledIdsByOrgUnit(u.getId()), "新交办的代表建议（协办）：" + s.getTitle(),
                    "本单位为协办单位，请及时向主办单位" + lead.getName() + "提出协办意见。", s);
        }
    }

    @Transactional
    public void extend(long id, Viewer viewer, long version, int months, String reason) {
        staffOnly(viewer);
        requireText(reason, "延长答复期限须说明理由");
        Suggestion s = get(id, viewer);
        s.checkVersion(version);
        if (s.getAssignedOn() == null) {
            throw new DomainException("建议尚未交办");
        }
        s.extendDeadline(s.getAssignedOn().plusMonths(months), s.getAssignedOn().plusMonths(rules.integer("suggestion.answer-max-months")),
                reason.trim(), now(), viewer.name());
    }

    @Transactional
    public void requestExtension(long id, Viewer viewer, LocalDate proposedDue, String reason) {
        Suggestion s = forUnit(id, viewer);
        requireText(reason, "申请延期须说明理由");
        if (proposedDue == null) {
            throw new DomainException("请填写建议的答复期限");
        }
        s.requestExtension(orgUnits.get(viewer.orgUnitId()), proposedDue, latestDue(s), reason.trim(), now(), viewer.name());
        notify(s.getAssignedByAccount() == null ? List.of() : List.of(s.getAssignedByAccount()), "延期申请待审批：" + s.getTitle(),
                s.getLeadUnit().getName() + "申请将答复期限延至 " + proposedDue + "：" + reason.trim(), s);
    }

    @Transactional
    public void decideExtension(long id, Viewer viewer, boolean agree, String note) {
        staffOnly(viewer);
        Suggestion s = get(id, viewer);
        if (agree) {
            s.approveExtension(latestDue(s), note == null ? null : note.trim(), now(), viewer.name());
            notify(accounts.findEnabledIdsByOrgUnit(s.getLeadUnit().getId()), "延期申请已同意：" + s.getTitle(),
                    "答复期限延至 " + s.getDueOn() + "。", s);
        } else {
            requireText(note, "不同意延期的，请说明理由");
            s.refuseExtension(note.trim(), now(), viewer.name());
            notify(accounts.findEnabledIdsByOrgUnit(s.getLeadUnit().getId()), "延期申请未获同意：" + s.getTitle(),
                    "答复期限不变（" + s.getDueOn() + "）。理由：" + note.trim(), s);
        }
    }

    private LocalDate latestDue(Suggestion s) {
        if (s.getAssignedOn() == null) {
            throw new DomainException("建议尚未交办");
        }
        return s.getAssignedOn().plusMonths(rules.integer("suggestion.answer-max-months"));
    }

    @Transactional
    public void supervise(long id, Viewer viewer, long version, boolean key, String leader, Long bundleId, String newBundleTheme) {
        staffOnly(viewer);
        Suggestion s = get(id, viewer);
        s.checkVersion(version);
        s.flagKey(key, leader, bundle(bundleId, newBundleTheme));
    }

    @Transactional
    public void requestReassignment(long id, Viewer viewer, String reason) {
        Suggestion s = forUnit(id, viewer);
        requireText(reason, "请填写申请调整的理由");
        s.requestReassignment(orgUnits.get(viewer.orgUnitId()), reason.trim(), now(), viewer.name());
    }

    @Transactional
    public void decideReassignment(long id, Viewer viewer, boolean agree, Long newLeadUnitId, Collection<Long> coUnitIds, String note) {
        staffOnly(viewer);
        Suggestion s = get(id, viewer);
        if (agree) {
            if (newLeadUnitId == null) {
                throw new DomainException("同意调整的，请选择新的主办单位");
            }
            if (s.isLeadUnit(newLeadUnitId)) {
                throw new DomainException("新的主办单位与原主办单位相同");
            }
            List<OrgUnit> co = coUnitIds == null ? List.of() : coUnitIds.stream().filter(Objects::nonNull).distinct()
                    .filter(u -> !u.equals(newLeadUnitId)).map(orgUnits::get).toList();
            s.reassign(orgUnits.get(newLeadUnitId), co, note, now(), viewer.name());
        } else {
            requireText(note, "不同意调整的，请说明理由");
            s.refuseReassignment(note.trim(), now(), viewer.name());
        }
    }

    // ----- handling -----

    @Transactional
    public void recordContact(long id, Viewer viewer, LocalDate date, String way, String content) {
        Suggestion s = forUnit(id, viewer);
        requireText(way, "请填写联系方式");
        requireText(content, "请填写沟通内容");
        if (date == null || date.isAfter(today())) {
            throw new DomainException("联系日期不能为空，也不能晚于今天");
        }
        s.recordContact(orgUnits.get(viewer.orgUnitId()), date, way.trim(), content.trim(), now(), viewer.name());
    }

    @Transactional
    public void giveCoUnitOpinion(long id, Viewer viewer, String opinion) {
        Suggestion s = forUnit(id, viewer);
        requireText(opinion, "请填写协办意见");
        s.giveCoUnitOpinion(viewer.orgUnitId(), opinion.trim(), now(), viewer.name());
    }

    @Transactional
    public void answer(long id, Viewer viewer, String category, String text, List<Suggestion.Promise> promises,
                       String letterName, byte[] letter) {
        Suggestion s = forUnit(id, viewer);
        if (!s.isLeadUnit(viewer.orgUnitId())) {
            throw new DomainException("答复由主办单位办理；协办单位请向主办单位提出协办意见");
        }
        if (rules.codes("suggestion.answer-categories").stream().noneMatch(c -> c.code().equals(category))) {
            throw new DomainException("请选择答复类别");
        }
        requireText(text, "请填写答复内容");
        for (Suggestion.Promise p : promises) {
            if (p.dueOn() == null || p.dueOn().isBefore(today())) {
                throw new DomainException("承诺事项“" + p.content() + "”须填写今天以后的完成日期");
            }
        }
        s.answer(category, text.trim(), promises, now(), today(), viewer.name());
        notify(s.getLeadDeputy().getUserAccountId() == null ? List.of() : List.of(s.getLeadDeputy().getUserAccountId()),
                "您的建议已答复，请评价：" + s.getTitle(), s.getLeadUnit().getName() + "已答复您领衔的建议，请对办理结果作出评价。", s);
        if (letter != null && letter.length > 0) {
            attachments.store(ANSWER_ATTACHMENT_OWNER, id, letterName, letter);
        }
    }

    @Transactional
    public void fulfilCommitment(long id, Viewer viewer, long commitmentId, String note) {
        Suggestion s = forUnit(id, viewer);
        if (!s.isLeadUnit(viewer.orgUnitId())) {
            throw new DomainException("承诺落实情况由主办单位登记");
        }
        s.fulfilCommitment(commitmentId, note, today(), now(), viewer.name());
    }

    // ----- evaluation and disclosure -----

    @Transactional
    public void evaluate(long id, Viewer viewer, String satisfaction, String comment) {
        Suggestion s = get(id, viewer);
        Long deputyId = viewer.deputy() ? deputyIdOf(viewer) : null;
        if (deputyId == null || !deputyId.equals(s.getLeadDeputy().getId())) {
            throw new DomainException("只有领衔代表可以评价办理结果");
        }
        List<CodeLabel> options = rules.codes("suggestion.satisfaction-options");
        CodeLabel chosen = options.stream().filter(o -> o.code().equals(satisfaction)).findFirst()
                .orElseThrow(() -> new DomainException("请选择评价意见"));
        boolean dissatisfied = chosen.equals(options.get(options.size() - 1));
        if (dissatisfied && (comment == null || comment.isBlank())) {
            throw new DomainException("不满意的，请写明理由，以便再次办理");
        }
        s.evaluate(chosen.code(), chosen.label(), dissatisfied, comment == null ? null : comment.trim(),
                rules.integer("suggestion.max-rounds"), today(), now(), viewer.name());
        if (s.getStatus() == SuggestionStatus.DISSATISFIED) {
            notify(s.getAssignedByAccount() == null ? List.of() : List.of(s.getAssignedByAccount()), "代表不满意，请研究处理：" + s.getTitle(),
                    "领衔代表对答复不满意：" + comment.trim() + "。请决定再次办理，或说明情况后办结。", s);
        }
    }

    /** After 不满意 staff decide: another round for the lead unit, or an explanation and no further round. */
    @Transactional
    public void decideDissatisfaction(long id, Viewer viewer, boolean rehandle, String note) {
        staffOnly(viewer);
        Suggestion s = get(id, viewer);
        if (rehandle) {
            String complaint = s.currentRound().getEvaluation();
            s.rehandle(today().plusMonths(rules.integer("suggestion.rehandling-months")), note == null ? null : note.trim(), now(), viewer.name());
            notify(accounts.findEnabledIdsByOrgUnit(s.getLeadUnit().getId()), "代表不满意，请再次办理：" + s.getTitle(),
                    "领衔代表对答复不满意：" + complaint + "。请于 " + cn(s.getDueOn()) + " 前再次答复。", s);
        } else {
            requireText(note, "不再办理的，请向代表说明情况");
            s.concludeDespiteDissatisfaction(note.trim(), today(), now(), viewer.name());
            if (s.getLeadDeputy().getUserAccountId() != null) {
                notify(List.of(s.getLeadDeputy().getUserAccountId()), "关于您不满意的建议：" + s.getTitle(),
                        "代表工作机构经研究，不再交办单位办理：" + note.trim(), s);
            }
        }
    }

    @Transactional
    public void publish(long id, Viewer viewer, boolean publish) {
        staffOnly(viewer);
        get(id, viewer).publish(publish, now(), viewer.name());
    }

    // ----- helpers -----

    private static String cn(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void notify(Collection<Long> recipients, String title, String body, Suggestion s) {
        if (!recipients.isEmpty()) {
            notifications.send(recipients, title, body, "/suggestions/" + s.getId(), null);
        }
    }

    private Suggestion ownDraft(long id, Viewer viewer) {
        Suggestion s = get(id, viewer);
        if (!isAuthor(s, viewer)) {
            throw new DomainException("只有领衔代表可以修改、提交或撤回本建议");
        }
        return s;
    }

    private Suggestion forUnit(long id, Viewer viewer) {
        Suggestion s = suggestions.findWithHeader(id).orElseThrow(() -> new NotFoundException("建议", id));
        if (!viewer.unit() || !s.isHandledBy(viewer.orgUnitId())) {
            throw new NotFoundException("建议", id);
        }
        return s;
    }

    private boolean isAuthor(Suggestion s, Viewer v) {
        if (!v.deputy()) {
            return false;
        }
        Long deputyId = deputyIdOf(v);
        return deputyId != null && deputyId.equals(s.getLeadDeputy().getId());
    }

    private Long deputyIdOf(Viewer v) {
        return v.accountId() == null ? null : deputies.findByUserAccountId(v.accountId()).map(Deputy::getId).orElse(null);
    }

    private Deputy deputyOf(Viewer v) {
        if (!v.deputy() || v.accountId() == null) {
            throw new DomainException("只有人大代表可以提出或附议建议");
        }
        return deputies.findByUserAccountId(v.accountId())
                .orElseThrow(() -> new DomainException("您的账户尚未关联代表名册，请联系代表工作委员会"));
    }

    private void invite(Suggestion s, Collection<Long> coSignerIds) {
        if (coSignerIds == null) {
            return;
        }
        for (Long deputyId : coSignerIds.stream().filter(Objects::nonNull).distinct().toList()) {
            if (deputyId.equals(s.getLeadDeputy().getId())) {
                continue;
            }
            Deputy d = deputies.findById(deputyId).orElseThrow(() -> new DomainException("附议代表不存在"));
            s.invite(d);
        }
    }

    private SuggestionBundle bundle(Long bundleId, String newTheme) {
        if (newTheme != null && !newTheme.isBlank()) {
            String theme = newTheme.trim();
            return bundles.findByTheme(theme).orElseGet(() -> bundles.save(new SuggestionBundle(theme)));
        }
        return bundleId == null ? null : bundles.findById(bundleId).orElseThrow(() -> new DomainException("督办专题不存在"));
    }

    private static void staffOnly(Viewer viewer) {
        if (!viewer.staff()) {
            throw new NotFoundException("该操作仅限代表工作机构办理");
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new DomainException(message);
        }
    }

    /** 登记号, gap-free per year: 2026年第12号. */
    private String nextRegistrationNumber() {
        int year = today().getYear();
        Long seq = jdbc.queryForObject("""
                insert into document_counter (prefix, year, last_value) values ('建议登记', ?, 1)
                on conflict (prefix, year) do update set last_value = document_counter.last_value + 1
                returning last_value
                """, Long.class, year);
        return year + "年第" + seq + "号";
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
