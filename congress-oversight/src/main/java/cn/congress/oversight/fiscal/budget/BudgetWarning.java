package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 预警: raised by the rules when a month's execution is imported (the rows are written in SQL by
 * {@link WarningRules}); handled here through its state machine.
 */
@Entity
@Table(name = "fiscal_warning")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class BudgetWarning extends AuditedEntity {

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WarningRule rule;

    @Column(nullable = false)
    private long unitId;

    @Column(nullable = false)
    private long departmentId;

    private Long categoryId;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal measured;

    @Column(nullable = false)
    private int threshold;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WarningStatus status = WarningStatus.NEW;

    private Instant sentAt;

    @Column(length = 1000)
    private String question;

    @Column(length = 3000)
    private String answer;

    private Instant answeredAt;

    @Column(length = 100)
    private String answeredBy;

    private Long problemId;

    public boolean allows(WarningStep step) {
        return step.allowedFrom(status);
    }

    private void take(WarningStep step) {
        if (!allows(step)) {
            throw new TransitionRefused("预警当前状态下不能办理该事项");
        }
        status = step.next();
    }

    void send(String question, Instant at) {
        take(WarningStep.SEND);
        this.question = question;
        this.sentAt = at;
    }

    void answer(String answer, String by, Instant at) {
        take(WarningStep.ANSWER);
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void close() {
        take(WarningStep.CLOSE);
    }

    void toProblem(long problemId) {
        take(WarningStep.TO_PROBLEM);
        this.problemId = problemId;
    }
}
