package cn.congress.legislation.bill;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.legislation.plan.PlanProject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;
import java.util.Set;

import static cn.congress.legislation.bill.BillStatus.*;

/**
 * 法规案 on the standing committee's track. Every status change is one of the methods below; each checks the
 * current status, refuses a step out of order with {@link TransitionRefused}, and returns the history row to keep.
 */
@Entity
@Table(name = "bill")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Bill extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BillKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BillStatus status = DRAFTING;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private BillStatus shelvedFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private PlanProject project;

    /** 常委会 (default) or, for 特别重大事项, 人民代表大会: decides the kind of session that votes on it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EnactingBody enactingBody = EnactingBody.STANDING_COMMITTEE;

    /** The regulation this bill amends or repeals, or the one it became once promulgated. */
    private Long regulationId;

    /** 提案人, e.g. 市人民政府. */
    @Column(nullable = false, length = 100)
    private String sponsor;

    @Column(nullable = false, length = 100)
    private String draftingUnit;

    /** 起草小组 常委会方面组长 (双组长). */
    @Column(length = 64)
    private String committeeLeader;

    /** 起草小组 政府方面组长. */
    @Column(length = 64)
    private String governmentLeader;

    /** 主任会议 decided on three readings. */
    @Column(nullable = false)
    private boolean threeReadings;

    @Column(nullable = false)
    private int readingsHeld;

    /** The sessions module's vote that decided it, so that the result is applied once. */
    private Long voteId;

    private LocalDate passedOn;
    private LocalDate approvalSentOn;
    private LocalDate approvedOn;

    @Column(length = 100)
    private String announcementNo;

    private LocalDate promulgatedOn;
    private LocalDate effectiveOn;

    public Bill(String title, BillKind kind, PlanProject project, Long regulationId, String sponsor, String draftingUnit,
                String committeeLeader, String governmentLeader) {
        this(title, kind, EnactingBody.STANDING_COMMITTEE, project, regulationId, sponsor, draftingUnit, committeeLeader, governmentLeader);
    }

    public Bill(String title, BillKind kind, EnactingBody enactingBody, PlanProject project, Long regulationId, String sponsor,
                String draftingUnit, String committeeLeader, String governmentLeader) {
        this.enactingBody = enactingBody == null ? EnactingBody.STANDING_COMMITTEE : enactingBody;
        this.title = title;
        this.kind = kind;
        this.project = project;
        this.regulationId = regulationId;
        this.sponsor = sponsor;
        this.draftingUnit = draftingUnit;
        this.committeeLeader = committeeLeader;
        this.governmentLeader = governmentLeader;
    }

    public void updateDetails(String title, String sponsor, String draftingUnit, String committeeLeader, String governmentLeader) {
        if (status.isClosed() || status == PROMULGATED) {
            throw new TransitionRefused("法规案已办结，不能修改基本信息");
        }
        this.title = title;
        this.sponsor = sponsor;
        this.draftingUnit = draftingUnit;
        this.committeeLeader = committeeLeader;
        this.governmentLeader = governmentLeader;
    }

    /**
     * 主任会议 decides that the bill is to be enacted by the people's congress (特别重大事项), or back to the standing committee;
     * possible until it is submitted to the vote.
     */
    public void changeEnactingBody(EnactingBody body) {
        if (body == null || body == enactingBody) {
            return;
        }
        if (!PRE_VOTE.contains(status) || status == READY_FOR_VOTE) {
            throw new TransitionRefused("法规案已提请表决或已表决，不能再改变制定机关");
        }
        this.enactingBody = body;
    }

    public boolean isCongressTrack() {
        return enactingBody == EnactingBody.CONGRESS;
    }

    public boolean isDualLeader() {
        return committeeLeader != null && governmentLeader != null;
    }

    BillEvent created(LocalDate on, String actor) {
        return new BillEvent(getId(), BillStep.CREATED, null, status, on, null, null, actor);
    }

    /** 提请审议. */
    BillEvent submit(LocalDate on, String remark, String actor) {
        require(Set.of(DRAFTING), "提请审议");
        if (project != null) {
            project.markSubmitted(on);
        }
        return move(BillStep.SUBMITTED, SUBMITTED, on, null, remark, actor);
    }

    /** 安排审议: the next reading is put on a standing-committee session's agenda. */
    BillEvent scheduleReading(LocalDate on, SessionRef session, String actor) {
        int next = readingsHeld + 1;
        BillStatus target;
        if (status == SUBMITTED && readingsHeld == 0) {
            target = FIRST_READING_SCHEDULED;
        } else if (status == UNDER_UNIFIED_REVIEW && readingsHeld == 1) {
            target = SECOND_READING_SCHEDULED;
        } else if (status == UNDER_UNIFIED_REVIEW && readingsHeld == 2 && threeReadings) {
            target = THIRD_READING_SCHEDULED;
        } else {
            throw refused("安排第" + next + "次审议");
        }
        return move(BillStep.READING_SCHEDULED, target, on, session, "安排第" + next + "次审议", actor);
    }

    /** 审议: the next reading was held at a session. */
    BillEvent recordReading(LocalDate on, SessionRef session, String remark, String actor) {
        if (session == null) {
            throw new TransitionRefused("请注明审议所在的常委会会议");
        }
        if ((status == SUBMITTED || status == FIRST_READING_SCHEDULED) && readingsHeld == 0) {
            readingsHeld = 1;
            return move(BillStep.FIRST_READING, FIRST_READ, on, session, remark, actor);
        }
        if ((status == UNDER_UNIFIED_REVIEW || status == SECOND_READING_SCHEDULED) && readingsHeld == 1) {
            readingsHeld = 2;
            return move(BillStep.SECOND_READING, SECOND_READ, on, session, remark, actor);
        }
        if ((status == UNDER_UNIFIED_REVIEW || status == THIRD_READING_SCHEDULED) && readingsHeld == 2 && threeReadings) {
            readingsHeld = 3;
            return move(BillStep.THIRD_READING, THIRD_READ, on, session, remark, actor);
        }
        throw refused("记录第" + (readingsHeld + 1) + "次审议");
    }

    /** 统一审议 by the legal affairs committee after a reading. */
    BillEvent startUnifiedReview(LocalDate on, String remark, String actor) {
        if (status == FIRST_READ || (status == SECOND_READ && threeReadings)) {
            return move(BillStep.UNIFIED_REVIEW, UNDER_UNIFIED_REVIEW, on, null, remark, actor);
        }
        throw refused("统一审议");
    }

    /** 主任会议 decides on three readings (or back to two) before the last reading. */
    BillEvent decideThreeReadings(boolean three, LocalDate on, String remark, String actor) {
        boolean open = status == SUBMITTED || (DELIBERATION.contains(status) && status != READY_FOR_VOTE);
        if (!open || readingsHeld >= 3 || (!three && status == THIRD_READING_SCHEDULED)) {
            throw refused(three ? "改为三审" : "改为两审");
        }
        this.threeReadings = three;
        return new BillEvent(getId(), BillStep.THREE_READINGS_DECIDED, status, status, on, null,
                (three ? "主任会议决定经三次审议后交付表决" : "主任会议决定经两次审议后交付表决") + (remark == null ? "" : "；" + remark), actor);
    }

    /** 提请表决 after the last reading. */
    BillEvent submitToVote(LocalDate on, SessionRef session, String remark, String actor) {
        int required = threeReadings ? 3 : 2;
        if ((status == SECOND_READ || status == THIRD_READ || status == UNDER_UNIFIED_REVIEW) && readingsHeld >= required) {
            return move(BillStep.SUBMITTED_TO_VOTE, READY_FOR_VOTE, on, session, remark, actor);
        }
        throw refused("提请表决（须先完成" + (threeReadings ? "三" : "两") + "次审议）");
    }

    /** Applies a concluded vote once; a second report of the same vote changes nothing and returns null. */
    BillEvent recordVote(Long voteId, boolean adopted, LocalDate on, SessionRef session, String remark, String actor) {
        if (voteId != null && voteId.equals(this.voteId)) {
            return null;
        }
        require(Set.of(READY_FOR_VOTE), "记录表决结果");
        this.voteId = voteId;
        if (adopted) {
            this.passedOn = on;
            return move(BillStep.VOTE_ADOPTED, PASSED, on, session, remark, actor);
        }
        return move(BillStep.VOTE_REJECTED, REJECTED, on, session, remark, actor);
    }

    /** 报请批准 to the provincial standing committee. */
    BillEvent sendForApproval(LocalDate on, String remark, String actor) {
        require(Set.of(PASSED), "报请批准");
        this.approvalSentOn = on;
        return move(BillStep.APPROVAL_SENT, AWAITING_APPROVAL, on, null, remark, actor);
    }

    BillEvent approve(LocalDate on, String remark, String actor) {
        require(Set.of(AWAITING_APPROVAL), "登记批准");
        if (on.isBefore(approvalSentOn)) {
            throw new TransitionRefused("批准日期不能早于报请批准日期");
        }
        this.approvedOn = on;
        return move(BillStep.APPROVED, APPROVED, on, null, remark, actor);
    }

    BillEvent refuseApproval(LocalDate on, String reason, String actor) {
        require(Set.of(AWAITING_APPROVAL), "登记不予批准");
        requireReason(reason);
        return move(BillStep.NOT_APPROVED, NOT_APPROVED, on, null, reason, actor);
    }

    /** 公布: the announcement with its number, date and the effective date. */
    BillEvent promulgate(String announcementNo, LocalDate on, LocalDate effectiveOn, String actor) {
        require(Set.of(APPROVED), "公布");
        if (on.isBefore(approvedOn)) {
            throw new TransitionRefused("公布日期不能早于批准日期");
        }
        if (effectiveOn.isBefore(on)) {
            throw new TransitionRefused("施行日期不能早于公布日期");
        }
        this.announcementNo = announcementNo;
        this.promulgatedOn = on;
        this.effectiveOn = effectiveOn;
        return move(BillStep.PROMULGATED, PROMULGATED, on, null, "公告" + announcementNo, actor);
    }

    /** 施行, on or after the effective date. */
    BillEvent takeEffect(LocalDate today, String actor) {
        require(Set.of(PROMULGATED), "施行");
        if (today.isBefore(effectiveOn)) {
            throw new TransitionRefused("尚未到施行日期");
        }
        return move(BillStep.IN_FORCE, IN_FORCE, effectiveOn, null, null, actor);
    }

    BillEvent shelve(LocalDate on, String reason, String actor) {
        if (!DELIBERATION.contains(status)) {
            throw refused("搁置");
        }
        requireReason(reason);
        this.shelvedFrom = status;
        return move(BillStep.SHELVED, SHELVED, on, null, reason, actor);
    }

    BillEvent resume(LocalDate on, String remark, String actor) {
        require(Set.of(SHELVED), "恢复审议");
        BillStatus back = shelvedFrom;
        this.shelvedFrom = null;
        return move(BillStep.RESUMED, back, on, null, remark, actor);
    }

    BillEvent withdraw(LocalDate on, String reason, String actor) {
        if (!PRE_VOTE.contains(status)) {
            throw refused("撤回");
        }
        requireReason(reason);
        this.shelvedFrom = null;
        return move(BillStep.WITHDRAWN, WITHDRAWN, on, null, reason, actor);
    }

    /** 终止审议. */
    BillEvent terminate(LocalDate on, String reason, String actor) {
        if (!PRE_VOTE.contains(status) || status == DRAFTING) {
            throw refused("终止审议");
        }
        requireReason(reason);
        this.shelvedFrom = null;
        return move(BillStep.TERMINATED, TERMINATED, on, null, reason, actor);
    }

    /**
     * The steps the bill's state allows now: the same guards as the transitions below, so a page offers exactly the
     * steps the bill would accept.
     */
    public Set<BillAction> actions() {
        Set<BillAction> a = java.util.EnumSet.noneOf(BillAction.class);
        if (status.isClosed()) {
            return a;
        }
        a.add(BillAction.TEXTS);
        if (status != PROMULGATED) {
            a.add(BillAction.EDIT);
        }
        boolean nextReadingOpen = status == UNDER_UNIFIED_REVIEW && (readingsHeld == 1 || (readingsHeld == 2 && threeReadings));
        int required = threeReadings ? 3 : 2;
        add(a, BillAction.SUBMIT, status == DRAFTING);
        add(a, BillAction.SCHEDULE_READING, (status == SUBMITTED && readingsHeld == 0) || nextReadingOpen);
        add(a, BillAction.RECORD_READING, ((status == SUBMITTED || status == FIRST_READING_SCHEDULED) && readingsHeld == 0)
                || status == SECOND_READING_SCHEDULED || status == THIRD_READING_SCHEDULED || nextReadingOpen);
        add(a, BillAction.UNIFIED_REVIEW, status == FIRST_READ || (status == SECOND_READ && threeReadings));
        add(a, BillAction.DECIDE_READINGS, readingsHeld < 3 && Set.of(SUBMITTED, FIRST_READING_SCHEDULED, FIRST_READ,
                UNDER_UNIFIED_REVIEW, SECOND_READING_SCHEDULED, SECOND_READ).contains(status));
        add(a, BillAction.SUBMIT_TO_VOTE, (status == SECOND_READ || status == THIRD_READ || status == UNDER_UNIFIED_REVIEW)
                && readingsHeld >= required);
        add(a, BillAction.RECORD_VOTE, status == READY_FOR_VOTE);
        add(a, BillAction.SEND_FOR_APPROVAL, status == PASSED);
        add(a, BillAction.DECIDE_APPROVAL, status == AWAITING_APPROVAL);
        add(a, BillAction.PROMULGATE, status == APPROVED);
        add(a, BillAction.TAKE_EFFECT, status == PROMULGATED);
        add(a, BillAction.RESUME, status == SHELVED);
        add(a, BillAction.SHELVE, DELIBERATION.contains(status));
        add(a, BillAction.WITHDRAW, PRE_VOTE.contains(status));
        add(a, BillAction.TERMINATE, PRE_VOTE.contains(status) && status != DRAFTING);
        return a;
    }

    private static void add(Set<BillAction> actions, BillAction action, boolean allowed) {
        if (allowed) {
            actions.add(action);
        }
    }

    void linkRegulation(long regulationId) {
        this.regulationId = regulationId;
    }

    /** The stage whose text becomes fixed once the bill reaches its current status, or null. */
    VersionStage frozenThrough() {
        return switch (status) {
            case FIRST_READ -> VersionStage.FIRST_READING;
            case SECOND_READ -> VersionStage.SECOND_READING;
            case THIRD_READ -> VersionStage.THIRD_READING;
            case PASSED, AWAITING_APPROVAL, APPROVED -> VersionStage.VOTING;
            case PROMULGATED, IN_FORCE, REJECTED, NOT_APPROVED, WITHDRAWN, TERMINATED -> VersionStage.PROMULGATED;
            default -> null;
        };
    }

    private BillEvent move(BillStep step, BillStatus to, LocalDate on, SessionRef session, String remark, String actor) {
        BillStatus from = status;
        this.status = to;
        return new BillEvent(getId(), step, from, to, on, session, remark, actor);
    }

    private void require(Set<BillStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw refused(action);
        }
    }

    private TransitionRefused refused(String action) {
        // the status label lives in the bundle only; the page shows it beside this message
        return new TransitionRefused("法规案在当前阶段不能" + action);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefused("请填写理由");
        }
    }
}
