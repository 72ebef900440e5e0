package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress report of the responsible organ: progress, money spent, a note, a delay with its reason; photos attached. */
@Entity
@Table(name = "livelihood_progress")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProgressReport extends AuditedEntity {

    static final String ATTACHMENT_OWNER = "LivelihoodProgress";

    private long projectId;
    private LocalDate reportedOn;
    private int percent;
    private BigDecimal budgetSpent;
    private String note;
    private boolean delayed;
    private String delayReason;

    ProgressReport(long projectId, LocalDate reportedOn, int percent, BigDecimal budgetSpent, String note, boolean delayed,
                   String delayReason) {
        this.projectId = projectId;
        this.reportedOn = reportedOn;
        this.percent = percent;
        this.budgetSpent = budgetSpent;
        this.note = note.trim();
        this.delayed = delayed;
        this.delayReason = delayed ? delayReason.trim() : null;
    }
}
