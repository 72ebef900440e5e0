package cn.congress.legislation.plan;

import cn.congress.domain.shared.AuditedEntity;
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

import java.time.LocalDate;

/** 立法项目建议: from a deputy, a unit or the public; demonstrated, then listed in the plan or not. */
@Entity
@Table(name = "project_proposal")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProjectProposal extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private LegislativePlan plan;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposerKind proposerKind;

    @Column(nullable = false, length = 100)
    private String proposerName;

    @Column(nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = 4000)
    private String reason;

    /** 论证意见. */
    @Column(length = 4000)
    private String demonstration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalDecision decision = ProposalDecision.PENDING;

    @Column(length = 1000)
    private String decisionReason;

    private LocalDate decidedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private PlanProject project;

    public ProjectProposal(LegislativePlan plan, String title, ProposerKind proposerKind, String proposerName, LocalDate receivedOn,
                           String reason) {
        this.plan = plan;
        this.title = title;
        this.proposerKind = proposerKind;
        this.proposerName = proposerName;
        this.receivedOn = receivedOn;
        this.reason = reason;
    }

    /** Corrects what was registered; only while no decision was taken. */
    public void update(String title, ProposerKind proposerKind, String proposerName, LocalDate receivedOn, String reason) {
        requirePending();
        this.title = title;
        this.proposerKind = proposerKind;
        this.proposerName = proposerName;
        this.receivedOn = receivedOn;
        this.reason = reason;
    }

    public void recordDemonstration(String text) {
        requirePending();
        this.demonstration = text;
    }

    public void list(PlanProject project, LocalDate on, String reason) {
        requirePending();
        requireDemonstration();
        this.project = project;
        this.decision = ProposalDecision.LISTED;
        this.decisionReason = reason;
        this.decidedOn = on;
    }

    public void reject(LocalDate on, String reason) {
        requirePending();
        requireDemonstration();
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefused("不列入计划须说明理由");
        }
        this.decision = ProposalDecision.NOT_LISTED;
        this.decisionReason = reason;
        this.decidedOn = on;
    }

    private void requirePending() {
        if (decision != ProposalDecision.PENDING) {
            throw new TransitionRefused("该立项建议已作出决定，不能再修改");
        }
    }

    private void requireDemonstration() {
        if (demonstration == null || demonstration.isBlank()) {
            throw new TransitionRefused("请先填写论证意见，再作出是否列入计划的决定");
        }
    }
}
