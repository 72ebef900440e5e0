package cn.congress.oversight.fiscal.assets;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;

/** 政府债务管理情况报告 of a year (亿元); special bonds by purpose are rows of {@code fiscal_debt_bond_use}. */
@Entity
@Table(name = "fiscal_debt_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DebtReport extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private int year;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal limitGeneral;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal limitSpecial;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal balanceGeneral;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal balanceSpecial;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal newGeneral;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal newSpecial;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal repaid;

    /** The special bonds by purpose as entered, so that their change is a change of this audited record. */
    @Column(length = 2000)
    private String bondUses;

    DebtReport(int year) {
        this.year = year;
    }

    void update(AssetsViews.DebtFigures d, String bondUses) {
        this.limitGeneral = d.limitGeneral();
        this.limitSpecial = d.limitSpecial();
        this.balanceGeneral = d.balanceGeneral();
        this.balanceSpecial = d.balanceSpecial();
        this.newGeneral = d.newGeneral() == null ? BigDecimal.ZERO : d.newGeneral();
        this.newSpecial = d.newSpecial() == null ? BigDecimal.ZERO : d.newSpecial();
        this.repaid = d.repaid() == null ? BigDecimal.ZERO : d.repaid();
        this.bondUses = bondUses;
    }
}
