package cn.congress.legislation.plan;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** 五年立法规划 (a term's years) or 年度立法计划 (one year). */
@Entity
@Table(name = "legislative_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LegislativePlan extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int startYear;

    @Column(nullable = false)
    private int endYear;

    private LocalDate adoptedOn;

    @Column(length = 1000)
    private String remark;

    public LegislativePlan(PlanKind kind, String title, int startYear, int endYear, LocalDate adoptedOn, String remark) {
        this.kind = kind;
        this.startYear = startYear;
        this.endYear = kind == PlanKind.ANNUAL ? startYear : endYear;
        update(title, adoptedOn, remark);
    }

    public void update(String title, LocalDate adoptedOn, String remark) {
        this.title = title;
        this.adoptedOn = adoptedOn;
        this.remark = remark;
    }

    public String getYears() {
        return startYear == endYear ? startYear + "年" : startYear + "—" + endYear + "年";
    }
}
