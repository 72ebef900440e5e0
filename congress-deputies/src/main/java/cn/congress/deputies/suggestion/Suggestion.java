package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.Delegation;
import cn.congress.deputies.roster.Deputy;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.Term;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deputy's suggestion, criticism and opinion (建议、批评和意见), or a motion (议案) filed the same way.
 * Every change of state goes through {@link #move}, which checks {@link SuggestionStep} and writes the timeline.
 */
@Entity
@Table(name = "suggestion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Suggestion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuggestionKind kind = SuggestionKind.SUGGESTION;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SuggestionCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_deputy_id")
    private Deputy leadDeputy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus status = SuggestionStatus.DRAFT;

    @Column(length = 32)
    private String registrationNumber;

    @Column(length = 64)
    private String assignmentNumber;

    private Instant submittedAt;

    private String returnReason;

    private Instant withdrawalRequestedAt;

    @Column(length = 500)
    private String withdrawalReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Suggestion mergedInto;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    private OrgUnit leadUnit;

    private LocalDate assignedOn;

    private LocalDate dueOn;

    @Column(length = 500)
    private String extensionReason;

    @Column(name = "assigned_by_account")
    private Long assignedByAccount;

    private boolean keySupervised;

    @Column(length = 64)
    private String supervisingLeader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bundle_id")
    private SuggestionBundle bundle;

    private int round = 1;

    @Column(length = 16)
    private String answerCategory;

    private LocalDate answeredOn;

    @Column(length = 32)
    private String satisfaction;

    private boolean published;

    private LocalDate closedOn;

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SuggestionSigner> signers = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SuggestionCoUnit> coUnits = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<SuggestionRound> rounds = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("contactDate, id")
    private List<SuggestionContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    private List<SuggestionCommitment> commitments = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SuggestionReassignment> reassignments = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SuggestionExtensionRequest> extensionRequests = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<SuggestionEvent> events = new ArrayList<>();

    public Suggestion(Term term, Deputy leadDeputy, String title, String content, SuggestionCategory category,
                      Instant now, String actor) {
        this.term = term;
        this.leadDeputy = leadDeputy;
        this.delegation = leadDeputy.getDelegation();
        this.title = title;
        this.content = content;
        this.category = category;
        events.add(new SuggestionEvent(this, now, actor, "CREATE", null, SuggestionStatus.DRAFT, null));
    }

    // ----- filing (the lead deputy) -----

    public void revise(String title, String content, SuggestionCategory category) {
        if (status != SuggestionStatus.DRAFT && status != SuggestionStatus.RETURNED) {
            throw new TransitionRefused("建议已提交，不能再修改；如需补充请联系代表工作委员会");
        }
        this.title = title;
        this.content = content;
        this.category = category;
    }

    public void invite(Deputy deputy) {
        if (status != SuggestionStatus.DRAFT && status != SuggestionStatus.RETURNED) {
            throw new TransitionRefused("只有草稿或退回修改的建议可以邀请附议代表");
        }
        addSigner(deputy, null);
    }

    public void removeInvitation(long deputyId) {
        if (status != SuggestionStatus.DRAFT && status != SuggestionStatus.RETURNED) {
            throw new TransitionRefused("建议已提交，附议代表不能再调整");
        }
        signers.removeIf(s -> s.getDeputy().getId() == deputyId && !s.isConfirmed());
    }

    public void submit(Instant now, String actor) {
        move(SuggestionStep.SUBMIT, now, actor, null);
        submittedAt = now;
        returnReason = null;
    }

    /**
     * The lead deputy withdraws: at once when filed alone; a joint one (with confirmed joint deputies) only once each of
     * them consents ({@link #consentToWithdrawal}). Returns whether it is withdrawn now.
     */
    public boolean withdraw(Instant now, String actor, String reason) {
        if (!SuggestionStep.WITHDRAW.allowedFrom(status)) {
            throw new StepRefused(SuggestionStep.WITHDRAW);
        }
        if (confirmedSigners().isEmpty()) {
            move(SuggestionStep.WITHDRAW, now, actor, reason);
            return true;
        }
        if (isWithdrawalPending()) {
            throw new DomainException("已申请撤回，正在等待附议代表同意");
        }
        this.withdrawalRequestedAt = now;
        this.withdrawalReason = reason;
        note("WITHDRAW_REQUEST", now, actor, "须经全部附议代表同意" + (reason == null || reason.isBlank() ? "" : "：" + reason));
        return false;
    }

    /** A confirmed joint deputy consents to the pending withdrawal; the last consent withdraws it. Returns whether it is withdrawn now. */
    public boolean consentToWithdrawal(long deputyId, Instant now, String actor) {
        if (!isWithdrawalPending()) {
            throw new TransitionRefused("该建议没有待同意的撤回申请");
        }
        SuggestionSigner signer = signerOf(deputyId).filter(SuggestionSigner::isConfirmed)
                .orElseThrow(() -> new DomainException("只有已确认附议的代表需要同意撤回"));
        if (signer.hasConsentedToWithdrawal()) {
            throw new DomainException("您已同意撤回");
        }
        signer.consentToWithdrawal(now);
        note("WITHDRAW_CONSENT", now, actor, null);
        if (confirmedSigners().stream().allMatch(SuggestionSigner::hasConsentedToWithdrawal)) {
            move(SuggestionStep.WITHDRAW, now, actor, "附议代表均已同意" + (withdrawalReason == null || withdrawalReason.isBlank() ? "" : "。" + withdrawalReason));
            return true;
        }
        return false;
    }

    /** A withdrawal the lead deputy asked for still waits for joint deputies' consent. */
    public boolean isWithdrawalPending() {
        return withdrawalRequestedAt != null && status == SuggestionStatus.SUBMITTED;
    }

    /** Whether {@code deputyId} is a confirmed joint deputy whose consent the pending withdrawal still needs. */
    public boolean awaitsWithdrawalConsentOf(Long deputyId) {
        return isWithdrawalPending() && deputyId != null && signerOf(deputyId)
                .filter(x -> x.isConfirmed() && !x.hasConsentedToWithdrawal()).isPresent();
    }

    public List<SuggestionSigner> confirmedSigners() {
        return signers.stream().filter(SuggestionSigner::isConfirmed).toList();
    }

    /** A joint deputy confirms in their own account; anyone still may join a motion. */
    public void sign(Deputy deputy, Instant now, String actor) {
        Optional<SuggestionSigner> existing = signerOf(deputy.getId());
        if (deputy.getId().equals(leadDeputy.getId())) {
            throw new DomainException("您是领衔代表，无需附议");
        }
        boolean open = status == SuggestionStatus.SUBMITTED || status == SuggestionStatus.MOTION;
        if (!open || existing.isEmpty() && status != SuggestionStatus.MOTION) {
            throw new TransitionRefused(existing.isEmpty() ? "该建议未邀请您附议，或已不能附议" : "该建议已进入办理程序，不能再附议");
        }
        if (existing.isPresent()) {
            if (existing.get().isConfirmed()) {
                throw new DomainException("您已附议该建议");
            }
            existing.get().confirm(now);
        } else {
            addSigner(deputy, now);
        }
        note("SIGN", now, actor, null);
    }

    // ----- review (staff) -----

    public void accept(String registrationNumber, Instant now, String actor) {
        move(SuggestionStep.ACCEPT, now, actor, "登记号 " + registrationNumber);
        this.registrationNumber = registrationNumber;
    }

    public void returnToDeputy(String reason, Instant now, String actor) {
        move(SuggestionStep.RETURN, now, actor, reason);
        this.returnReason = reason;
        this.kind = SuggestionKind.SUGGESTION;
    }

    public void mergeInto(Suggestion target, Instant now, String actor) {
        if (target.getId().equals(getId())) {
            throw new DomainException("不能与自身合并");
        }
        if (target.getStatus() == SuggestionStatus.DRAFT || target.getStatus() == SuggestionStatus.MERGED
                || target.getStatus() == SuggestionStatus.WITHDRAWN || target.getStatus() == SuggestionStatus.RETURNED) {
            throw new DomainException("合并目标须为已提交、尚未办结的建议");
        }
        move(SuggestionStep.MERGE, now, actor, "并入 " + target.displayNumber() + " " + target.getTitle());
        this.mergedInto = target;
    }

    public void markAsMotion(Instant now, String actor, String remark) {
        move(SuggestionStep.MARK_MOTION, now, actor, remark);
        this.kind = SuggestionKind.MOTION;
    }

    /** The presidium lists it as a motion: only with at least {@code minDeputies} deputies (lead included). */
    public void listAsMotion(int minDeputies, Instant now, String actor) {
        int count = deputyCount();
        if (count < minDeputies) {
            throw new DomainException("议案须由 " + minDeputies + " 名以上代表联名提出，目前只有 " + count
                    + " 名，还差 " + (minDeputies - count) + " 名");
        }
        move(SuggestionStep.LIST_MOTION, now, actor, count + " 名代表联名");
    }

    /** 议案转建议: a motion the presidium does not list is handled as a suggestion. */
    public void convertToSuggestion(String registrationNumber, Instant now, String actor, String remark) {
        move(SuggestionStep.CONVERT_TO_SUGGESTION, now, actor, remark);
        this.kind = SuggestionKind.SUGGESTION;
        this.registrationNumber = registrationNumber;
    }

    // ----- assignment (staff) -----

    public void assign(OrgUnit lead, List<OrgUnit> coHandlers, LocalDate on, LocalDate dueOn, String extensionReason,
                       String assignmentNumber, Long byAccount, Instant now, String actor) {
        move(SuggestionStep.ASSIGN, now, actor, "主办：" + lead.getName() + (coHandlers.isEmpty() ? "" : "；协办："
                + String.join("、", coHandlers.stream().map(OrgUnit::getName).toList())) + "；答复期限 " + chinese(dueOn));
        setUnits(lead, coHandlers);
        this.assignedOn = on;
        this.dueOn = dueOn;
        this.extensionReason = extensionReason;
        this.assignmentNumber = assignmentNumber;
        this.assignedByAccount = byAccount;
        rounds.add(new SuggestionRound(this, 1, dueOn));
    }

    /**
     * 延期: staff move the first round's deadline for a wide-ranging or difficult suggestion, never beyond
     * {@code latest} (the statutory maximum counted from assignment), always with a reason.
     */
    public void extendDeadline(LocalDate newDue, LocalDate latest, String reason, Instant now, String actor) {
        if (!status.isHandling() || round != 1) {
            throw new TransitionRefused("只有首轮办理中的建议可以延长答复期限");
        }
        checkNewDue(newDue, latest);
        this.dueOn = newDue;
        this.extensionReason = reason;
        currentRound().moveDeadline(newDue);
        note("EXTEND", now, actor, "答复期限延至 " + chinese(newDue) + "：" + reason);
    }

    /**
     * 申请延期: the lead unit asks for {@code proposedDue} (later than the current deadline, never beyond {@code latest})
     * with a reason; one open request at a time, first round only, like a direct extension.
     */
    public SuggestionExtensionRequest requestExtension(OrgUnit unit, LocalDate proposedDue, LocalDate latest, String reason,
                                                       Instant now, String actor) {
        if (!isLeadUnit(unit.getId())) {
            throw new DomainException("只有主办单位可以申请延期");
        }
        if (!status.isHandling() || round != 1) {
            throw new TransitionRefused("只有首轮办理中的建议可以申请延期");
        }
        if (findPendingExtension().isPresent()) {
            throw new DomainException("已有待审批的延期申请，请等待代表工作机构答复");
        }
        checkNewDue(proposedDue, latest);
        SuggestionExtensionRequest request = new SuggestionExtensionRequest(this, unit, reason, proposedDue);
        extensionRequests.add(request);
        note("EXTENSION_REQUEST", now, actor, unit.getName() + "申请延期至 " + chinese(proposedDue) + "：" + reason);
        return request;
    }

    /** Staff approve the pending request: the deadline moves to the proposed date (still checked against {@code latest}). */
    public SuggestionExtensionRequest approveExtension(LocalDate latest, String remark, Instant now, String actor) {
        SuggestionExtensionRequest request = pendingExtension();
        if (!status.isHandling() || round != 1) {
            throw new TransitionRefused("只有首轮办理中的建议可以延长答复期限");
        }
        checkNewDue(request.getProposedDue(), latest);
        request.decide(ReassignmentDecision.AGREED, remark);
        this.dueOn = request.getProposedDue();
        this.extensionReason = request.getReason();
        currentRound().moveDeadline(dueOn);
        note("EXTENSION_APPROVED", now, actor, "同意延期，答复期限延至 " + chinese(dueOn)
                + (remark == null || remark.isBlank() ? "" : "：" + remark));
        return request;
    }

    /** Staff refuse the pending request, always with a reason; the deadline stays. */
    public SuggestionExtensionRequest refuseExtension(String reason, Instant now, String actor) {
        SuggestionExtensionRequest request = pendingExtension();
        request.decide(ReassignmentDecision.REFUSED, reason);
        note("EXTENSION_REFUSED", now, actor, "不同意延期：" + reason);
        return request;
    }

    public Optional<SuggestionExtensionRequest> findPendingExtension() {
        return extensionRequests.stream().filter(r -> r.getDecision() == ReassignmentDecision.PENDING).findFirst();
    }

    private SuggestionExtensionRequest pendingExtension() {
        return findPendingExtension().orElseThrow(() -> new TransitionRefused("没有待审批的延期申请"));
    }

    private void checkNewDue(LocalDate newDue, LocalDate latest) {
        if (!newDue.isAfter(dueOn)) {
            throw new DomainException("新的答复期限须晚于现在的期限（" + chinese(dueOn) + "）");
        }
        if (newDue.isAfter(latest)) {
            throw new DomainException("答复期限最长到交办之日起的法定期限（" + chinese(latest) + "）");
        }
    }

    public void flagKey(boolean key, String leader, SuggestionBundle bundle) {
        if (key && (leader == null || leader.isBlank())) {
            throw new DomainException("重点督办建议须指定督办领导");
        }
        this.keySupervised = key;
        this.supervisingLeader = key ? leader.trim() : null;
        this.bundle = bundle;
    }

    public SuggestionReassignment requestReassignment(OrgUnit unit, String reason, Instant now, String actor) {
        if (!isLeadUnit(unit.getId())) {
            throw new DomainException("只有主办单位可以申请调整交办");
        }
        move(SuggestionStep.REQUEST_REASSIGNMENT, now, actor, reason);
        SuggestionReassignment request = new SuggestionReassignment(this, unit, reason);
        reassignments.add(request);
        return request;
    }

    public void reassign(OrgUnit newLead, List<OrgUnit> coHandlers, String note, Instant now, String actor) {
        pendingReassignment().decide(ReassignmentDecision.AGREED, note);
        move(SuggestionStep.REASSIGN, now, actor, "改由" + newLead.getName() + "主办。" + (note == null ? "" : note));
        setUnits(newLead, coHandlers);
    }

    public void refuseReassignment(String note, Instant now, String actor) {
        pendingReassignment().decide(ReassignmentDecision.REFUSED, note);
        move(SuggestionStep.REFUSE_REASSIGNMENT, now, actor, note);
    }

    // ----- handling (units) -----

    /** {@code way} is a code of the rule {@code suggestion.contact-ways}; the timeline keeps its label as it read then. */
    public void recordContact(OrgUnit unit, LocalDate date, String way, String wayLabel, String text, Instant now, String actor) {
        requireHandling("记录沟通联系");
        startIfAssigned(now, actor);
        contacts.add(new SuggestionContact(this, unit, date, way, text));
        note("CONTACT", now, actor, unit.getName() + "，" + wayLabel + "：" + text);
    }

    public void giveCoUnitOpinion(long orgUnitId, String opinion, Instant now, String actor) {
        requireHandling("提出协办意见");
        SuggestionCoUnit co = coUnits.stream().filter(c -> c.getOrgUnit().getId() == orgUnitId).findFirst()
                .orElseThrow(() -> new DomainException("只有协办单位可以提出协办意见"));
        co.giveOpinion(opinion, now);
        note("CO_OPINION", now, actor, co.getOrgUnit().getName() + "：" + opinion);
    }

    public void answer(String category, String text, List<SuggestionHandling.Promise> promises, Instant now, LocalDate today, String actor) {
        move(SuggestionStep.ANSWER, now, actor, "答复类别 " + category);
        currentRound().answer(category, text, now, actor);
        this.answerCategory = category;
        this.answeredOn = today;
        promises.forEach(p -> commitments.add(new SuggestionCommitment(this, p.content(), p.dueOn())));
    }

    // ----- evaluation (the lead deputy) -----

    /**
     * The lead deputy rates the answer. {@code dissatisfied} sends it to staff for a decision (再次办理 or an explanation)
     * while fewer than {@code maxRounds} rounds were held; otherwise open commitments keep it in follow-up, or it is closed.
     */
    public void evaluate(String satisfaction, String label, boolean dissatisfied, String comment, int maxRounds,
                         LocalDate today, Instant now, String actor) {
        if (status != SuggestionStatus.ANSWERED) {
            throw new TransitionRefused("尚未收到承办单位的答复，不能评价");
        }
        currentRound().evaluate(satisfaction, comment, now);
        this.satisfaction = satisfaction;
        String remark = label + (comment == null || comment.isBlank() ? "" : "：" + comment);
        if (dissatisfied && round < maxRounds) {
            move(SuggestionStep.DISSATISFY, now, actor, remark);
        } else {
            conclude(remark, today, now, actor);
        }
    }

    /** Staff decide, after 不满意, that the lead unit handles it again: a new round with {@code due}. */
    public void rehandle(LocalDate due, String note, Instant now, String actor) {
        move(SuggestionStep.REHANDLE, now, actor, "第" + (round + 1) + "轮办理，期限 " + chinese(due)
                + (note == null || note.isBlank() ? "" : "。" + note));
        round++;
        rounds.add(new SuggestionRound(this, round, due));
        this.dueOn = due;
        this.answerCategory = null;
        this.answeredOn = null;
    }

    /** Staff decide, after 不满意, not to open another round, always with an explanation to the deputy. */
    public void concludeDespiteDissatisfaction(String explanation, LocalDate today, Instant now, String actor) {
        if (status != SuggestionStatus.DISSATISFIED) {
            throw new TransitionRefused("只有代表不满意、待研究处理的建议可以说明后办结");
        }
        conclude("不再办理：" + explanation, today, now, actor);
    }

    private void conclude(String remark, LocalDate today, Instant now, String actor) {
        if (commitments.stream().anyMatch(c -> !c.isDone())) {
            move(SuggestionStep.FOLLOW_UP, now, actor, remark + "。承诺事项跟踪落实");
        } else {
            move(SuggestionStep.CLOSE, now, actor, remark);
            this.closedOn = today;
        }
    }

    public void fulfilCommitment(long commitmentId, String note, LocalDate today, Instant now, String actor) {
        if (status != SuggestionStatus.FOLLOW_UP && status != SuggestionStatus.ANSWERED) {
            throw new TransitionRefused("当前状态下不能登记承诺落实情况");
        }
        SuggestionCommitment c = commitments.stream().filter(x -> x.getId() == commitmentId).findFirst()
                .orElseThrow(() -> new DomainException("承诺事项不存在"));
        if (c.isDone()) {
            throw new DomainException("该承诺事项已登记落实");
        }
        c.fulfil(today, note);
        note("COMMITMENT_DONE", now, actor, c.getContent() + (note == null || note.isBlank() ? "" : "：" + note));
        if (status == SuggestionStatus.FOLLOW_UP && commitments.stream().allMatch(SuggestionCommitment::isDone)) {
            move(SuggestionStep.CLOSE, now, actor, "承诺事项全部落实");
            this.closedOn = today;
        }
    }

    // ----- disclosure (staff) -----

    public void publish(boolean publish, Instant now, String actor) {
        if (publish && !SuggestionStatus.PUBLISHABLE.contains(status)) {
            throw new TransitionRefused("承办单位答复后才能公开");
        }
        this.published = publish;
        note(publish ? "PUBLISH" : "UNPUBLISH", now, actor, null);
    }

    // ----- queries -----

    public boolean isLeadUnit(Long orgUnitId) {
        return leadUnit != null && leadUnit.getId().equals(orgUnitId);
    }

    public boolean isCoUnit(Long orgUnitId) {
        return coUnits.stream().anyMatch(c -> c.getOrgUnit().getId().equals(orgUnitId));
    }

    public boolean isHandledBy(Long orgUnitId) {
        return orgUnitId != null && SuggestionStatus.ASSIGNED_OR_LATER.contains(status) && (isLeadUnit(orgUnitId) || isCoUnit(orgUnitId));
    }

    public Optional<SuggestionSigner> signerOf(Long deputyId) {
        return signers.stream().filter(s -> s.getDeputy().getId().equals(deputyId)).findFirst();
    }

    /** The lead deputy plus the joint deputies who confirmed. */
    public int deputyCount() {
        return 1 + (int) signers.stream().filter(SuggestionSigner::isConfirmed).count();
    }

    public SuggestionRound currentRound() {
        return rounds.stream().max(Comparator.comparingInt(SuggestionRound::getNumber))
                .orElseThrow(() -> new TransitionRefused("建议尚未交办，不能答复"));
    }

    public Optional<SuggestionReassignment> findPendingReassignment() {
        return reassignments.stream().filter(r -> r.getDecision() == ReassignmentDecision.PENDING).findFirst();
    }

    public boolean isOverdue(LocalDate today) {
        return status.isHandling() && dueOn != null && dueOn.isBefore(today);
    }

    public String displayNumber() {
        return registrationNumber != null ? registrationNumber : "（未登记）";
    }

    // ----- internals -----

    private void move(SuggestionStep step, Instant now, String actor, String remark) {
        if (!step.allowedFrom(status)) {
            throw new StepRefused(step);
        }
        SuggestionStatus from = status;
        status = step.to();
        events.add(new SuggestionEvent(this, now, actor, step.name(), from, status, remark));
    }

    private void note(String what, Instant now, String actor, String remark) {
        events.add(new SuggestionEvent(this, now, actor, what, status, status, remark));
    }

    private void startIfAssigned(Instant now, String actor) {
        if (status == SuggestionStatus.ASSIGNED) {
            move(SuggestionStep.START, now, actor, null);
        }
    }

    private void requireHandling(String what) {
        if (!status.isHandling()) {
            throw new TransitionRefused("建议不在办理中，不能" + what);
        }
    }

    private SuggestionReassignment pendingReassignment() {
        return findPendingReassignment().orElseThrow(() -> new TransitionRefused("没有待处理的调整交办申请"));
    }

    private void setUnits(OrgUnit lead, List<OrgUnit> coHandlers) {
        this.leadUnit = lead;
        coUnits.removeIf(c -> coHandlers.stream().noneMatch(u -> u.getId().equals(c.getOrgUnit().getId())));
        for (OrgUnit u : coHandlers) {
            if (u.getId().equals(lead.getId())) {
                throw new DomainException("主办单位不能同时是协办单位");
            }
            if (!isCoUnit(u.getId())) {
                coUnits.add(new SuggestionCoUnit(this, u));
            }
        }
    }

    private void addSigner(Deputy deputy, Instant confirmedAt) {
        if (deputy.getId().equals(leadDeputy.getId())) {
            throw new DomainException("领衔代表不能作为附议代表");
        }
        if (signerOf(deputy.getId()).isEmpty()) {
            signers.add(new SuggestionSigner(this, deputy, confirmedAt));
        }
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
