package cn.congress.oversight.fiscal.audit;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;

/**
 * 审计查出的问题: the amounts of one finding; the finding itself (description, responsible unit, deadline,
 * rectification, 销号) is its problem item in the oversight checklist.
 */
@Entity
@Table(name = "fiscal_audit_finding")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AuditFinding extends AuditedEntity {

    @Column(nullable = false)
    private long reportId;

    @Column(nullable = false)
    private long problemId;

    @Column(nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingKind kind;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amountInvolved;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amountRecovered = BigDecimal.ZERO;

    AuditFinding(long reportId, long problemId, long unitId, FindingKind kind, BigDecimal amountInvolved) {
        this.reportId = reportId;
        this.problemId = problemId;
        this.unitId = unitId;
        this.kind = kind;
        this.amountInvolved = amountInvolved;
    }

    /** The unit states how much of the amount has been recovered or put right so far (a running total). */
    void recordRecovered(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new DomainException("整改金额不能为负数");
        }
        if (amount.compareTo(amountInvolved) > 0) {
            throw new DomainException("整改金额不能超过问题金额");
        }
        this.amountRecovered = amount;
    }
}
