package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An adjustment of an adopted project, made only on a recorded standing-committee decision. */
@Entity
@Table(name = "livelihood_adjustment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Adjustment extends AuditedEntity {

    private long projectId;
    private String decisionRef;
    private LocalDate decidedOn;
    private String description;
    private BigDecimal newBudget;
    private LocalDate newCompletion;

    Adjustment(long projectId, String decisionRef, LocalDate decidedOn, String description, BigDecimal newBudget,
               LocalDate newCompletion) {
        this.projectId = projectId;
        this.decisionRef = decisionRef.trim();
        this.decidedOn = decidedOn;
        this.description = description.trim();
        this.newBudget = newBudget;
        this.newCompletion = newCompletion;
    }
}
