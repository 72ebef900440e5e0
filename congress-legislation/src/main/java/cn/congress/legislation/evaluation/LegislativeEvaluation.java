package cn.congress.legislation.evaluation;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.legislation.regulation.Regulation;
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

/** 立法后评估 of a regulation: the plan, then the findings and the conclusion. */
@Entity
@Table(name = "legislative_evaluation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LegislativeEvaluation extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regulation_id")
    private Regulation regulation;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String evaluator;

    @Column(nullable = false, length = 4000)
    private String plan;

    @Column(nullable = false)
    private LocalDate startedOn;

    @Column(columnDefinition = "text")
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private EvaluationConclusion conclusion;

    private LocalDate completedOn;

    public LegislativeEvaluation(Regulation regulation, String title, String evaluator, String plan, LocalDate startedOn) {
        this.regulation = regulation;
        this.title = title;
        this.evaluator = evaluator;
        this.plan = plan;
        this.startedOn = startedOn;
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    void recordFindings(String findings) {
        requireOpen();
        this.findings = findings;
    }

    void conclude(EvaluationConclusion conclusion, LocalDate on) {
        requireOpen();
        if (findings == null || findings.isBlank()) {
            throw new TransitionRefused("请先填写评估发现，再作出评估结论");
        }
        this.conclusion = conclusion;
        this.completedOn = on;
    }

    private void requireOpen() {
        if (isCompleted()) {
            throw new TransitionRefused("该评估已完成，不能再修改");
        }
    }
}
