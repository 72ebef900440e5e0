package cn.congress.deputies.livelihood;

import jakarta.persistence.Convert;
import cn.congress.domain.shared.EncryptedString;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.TransitionRefused;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A livelihood project (民生实事项目) from its proposal through the vote to implementation and evaluation. */
@Entity
@Table(name = "livelihood_project")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LivelihoodProject extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private LivelihoodProgramme programme;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String description;

    private String area;

    @Column(nullable = false)
    private BigDecimal estimatedBudget;

    private String proposedOrgan;
    private Long responsibleOrgId;
    private LocalDate expectedCompletion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalSource source;

    private Long proposerAccountId;
    private String proposerName;
    private String stationName;

    /** A resident's phone, kept only with consent; shown masked. */
    @AuditMasked
    @Convert(converter = EncryptedString.class)
    private String contactPhone;
    private Instant contactConsentedAt;
    private String consentNoticeVersion;
    private String receiptCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ProjectStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private LivelihoodProject mergedInto;

    private String screeningNote;
    private String outReason;
    private Integer ballotYes;
    private Integer ballotNo;
    private Integer ballotAbstain;
    private int progressPercent;
    private BigDecimal budgetSpent = BigDecimal.ZERO;
    private String delayReason;
    private LocalDate completedOn;
    private Integer ratedSatisfied;
    private Integer ratedBasic;
    private Integer ratedUnsatisfied;
    private Boolean evaluationPassed;
    private String rectificationReport;

    /** What a proposal says, from whoever proposes it. */
    public record Proposal(String title, String description, String area, BigDecimal estimatedBudget, String proposedOrgan,
                           Long responsibleOrgId, LocalDate expectedCompletion) {
    }

    LivelihoodProject(LivelihoodProgramme programme, Proposal p, ProposalSource source, Long proposerAccountId,
                      String proposerName, String stationName, boolean moderated) {
        this.programme = programme;
        this.source = source;
        this.proposerAccountId = proposerAccountId;
        this.proposerName = proposerName;
        this.stationName = stationName;
        this.status = moderated ? ProjectStatus.PENDING_MODERATION : ProjectStatus.PROPOSED;
        apply(p);
    }

    private void apply(Proposal p) {
        if (p.estimatedBudget() == null || p.estimatedBudget().signum() < 0) {
            throw new DomainException("估算投资不能为负数");
        }
        this.title = p.title().trim();
        this.description = p.description().trim();
        this.area = blankToNull(p.area());
        this.estimatedBudget = p.estimatedBudget();
        this.proposedOrgan = blankToNull(p.proposedOrgan());
        this.responsibleOrgId = p.responsibleOrgId();
        this.expectedCompletion = p.expectedCompletion();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Contact data of a resident, stored only with consent to the notice of {@code noticeVersion}. */
    void recordContact(String phone, Instant consentedAt, String noticeVersion, String receiptCode) {
        this.receiptCode = receiptCode;
        if (phone != null && !phone.isBlank()) {
            this.contactPhone = phone.trim();
            this.contactConsentedAt = consentedAt;
            this.consentNoticeVersion = noticeVersion;
        }
    }

    /** The phone as lists show it: 138****1234. */
    public String maskedPhone() {
        return mask(contactPhone);
    }

    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    void move(ProjectStep step) {
        if (!step.allowedFrom(status)) {
            throw new TransitionRefused("项目“" + title + "”当前状态不能进行该操作");
        }
        if (step.to() != null) {
            status = step.to();
        }
    }

    /** Staff correct a proposal during collection and screening (funding, organ, wording). */
    void edit(Proposal p, long expectedVersion) {
        checkVersion(expectedVersion);
        if (status != ProjectStatus.PROPOSED && status != ProjectStatus.CANDIDATE && status != ProjectStatus.PENDING_MODERATION) {
            throw new TransitionRefused("项目已提交审议，不能再修改");
        }
        apply(p);
    }

    void moderate(boolean approve, String reason) {
        move(approve ? ProjectStep.APPROVE : ProjectStep.REJECT);
        if (!approve) {
            this.outReason = requireReason(reason);
        }
    }

    void mergeInto(LivelihoodProject target, String reason) {
        if (target == this || !target.getProgramme().getId().equals(programme.getId())) {
            throw new DomainException("只能并入同一年度的其他项目");
        }
        if (target.status != ProjectStatus.PROPOSED && target.status != ProjectStatus.CANDIDATE) {
            throw new DomainException("只能并入尚在筛选中的项目");
        }
        move(ProjectStep.MERGE);
        this.mergedInto = target;
        this.outReason = reason == null || reason.isBlank() ? "与“" + target.title + "”内容相同，已合并" : reason.trim();
    }

    void screenOut(String reason) {
        move(ProjectStep.SCREEN_OUT);
        this.outReason = requireReason(reason);
    }

    void shortlist(String note, Long responsibleOrgId) {
        if (note == null || note.isBlank()) {
            throw new DomainException("请填写可行性和资金论证意见");
        }
        if (responsibleOrgId == null && this.responsibleOrgId == null) {
            throw new DomainException("请确定责任单位");
        }
        move(ProjectStep.SHORTLIST);
        this.screeningNote = note.trim();
        if (responsibleOrgId != null) {
            this.responsibleOrgId = responsibleOrgId;
        }
    }

    void unlist() {
        move(ProjectStep.UNLIST);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请填写理由，理由将告知提出人");
        }
        return reason.trim();
    }

    void recordBallot(int yes, int no, int abstain) {
        this.ballotYes = yes;
        this.ballotNo = no;
        this.ballotAbstain = abstain;
    }

    void report(int percent, BigDecimal spent, boolean delayed, String reason) {
        move(ProjectStep.REPORT);
        if (percent < progressPercent) {
            throw new DomainException("进度不能低于上次报告的 " + progressPercent + "%");
        }
        if (percent >= 100) {
            throw new DomainException("完成时请提交完工报告");
        }
        this.progressPercent = percent;
        this.budgetSpent = spent;
        if (delayed) {
            this.status = ProjectStatus.DELAYED;
            this.delayReason = requireReason(reason);
        } else {
            this.status = ProjectStatus.IMPLEMENTING;
            this.delayReason = null;
        }
    }

    void complete(LocalDate on, BigDecimal spent) {
        move(ProjectStep.COMPLETE);
        this.progressPercent = 100;
        this.budgetSpent = spent;
        this.completedOn = on;
        this.delayReason = null;
    }

    void adjust(String title, BigDecimal newBudget, LocalDate newCompletion) {
        move(ProjectStep.ADJUST);
        if (title != null && !title.isBlank()) {
            this.title = title.trim();
        }
        if (newBudget != null) {
            if (newBudget.signum() < 0) {
                throw new DomainException("调整后的投资不能为负数");
            }
            this.estimatedBudget = newBudget;
        }
        if (newCompletion != null) {
            this.expectedCompletion = newCompletion;
        }
    }

    void evaluate(int satisfied, int basic, int unsatisfied, int passPercent) {
        int total = satisfied + basic + unsatisfied;
        boolean passed = total > 0 && 100L * (satisfied + basic) >= (long) passPercent * total;
        move(passed ? ProjectStep.EVALUATE_PASS : ProjectStep.EVALUATE_FAIL);
        this.ratedSatisfied = satisfied;
        this.ratedBasic = basic;
        this.ratedUnsatisfied = unsatisfied;
        this.evaluationPassed = passed;
    }

    void rectify(String report) {
        if (report == null || report.isBlank()) {
            throw new DomainException("请填写整改报告");
        }
        move(ProjectStep.RECTIFY);
        this.rectificationReport = report.trim();
    }

    /** Favourable share of the ratings in percent, or null before evaluation. */
    public Integer favourablePercent() {
        if (ratedSatisfied == null) {
            return null;
        }
        int total = ratedSatisfied + ratedBasic + ratedUnsatisfied;
        return total == 0 ? 0 : (ratedSatisfied + ratedBasic) * 100 / total;
    }
}
