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
import java.time.YearMonth;

/** A project of a plan, with its units and planned submission month. */
@Entity
@Table(name = "plan_project")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanProject extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private LegislativePlan plan;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectCategory category;

    /** 提出单位. */
    @Column(nullable = false, length = 100)
    private String proposingUnit;

    /** 起草单位. */
    @Column(nullable = false, length = 100)
    private String draftingUnit;

    /** 牵头工作机构. */
    @Column(nullable = false, length = 100)
    private String leadBody;

    /** First day of the planned month of submission (提请审议时间). */
    private LocalDate plannedMonth;

    /** When its bill was submitted (提请审议). */
    private LocalDate submittedOn;

    private Integer movedToYear;

    @Column(length = 500)
    private String movedReason;

    @Column(nullable = false)
    private int sortOrder;

    public PlanProject(LegislativePlan plan, String title, ProjectCategory category, String proposingUnit, String draftingUnit,
                       String leadBody, YearMonth plannedMonth, int sortOrder) {
        this.plan = plan;
        this.sortOrder = sortOrder;
        setDetails(title, category, proposingUnit, draftingUnit, leadBody, plannedMonth);
    }

    /**
     * Corrects the project's particulars. Once its bill was submitted or it was moved to a later year, the planned month is
     * part of its record against the plan and stays; the submission date and the move (year and reason) are never touched.
     */
    public void update(String title, ProjectCategory category, String proposingUnit, String draftingUnit, String leadBody,
                       YearMonth plannedMonth) {
        LocalDate month = plannedMonth == null ? null : plannedMonth.atDay(1);
        if ((submittedOn != null || movedToYear != null) && !java.util.Objects.equals(month, this.plannedMonth)) {
            throw new TransitionRefused(submittedOn != null ? "该项目已提请审议，计划提请时间不能再修改"
                    : "该项目已调整至" + movedToYear + "年度，原计划提请时间作为执行记录保留，不能修改");
        }
        setDetails(title, category, proposingUnit, draftingUnit, leadBody, plannedMonth);
    }

    private void setDetails(String title, ProjectCategory category, String proposingUnit, String draftingUnit, String leadBody,
                            YearMonth plannedMonth) {
        this.title = title;
        this.category = category;
        this.proposingUnit = proposingUnit;
        this.draftingUnit = draftingUnit;
        this.leadBody = leadBody;
        this.plannedMonth = plannedMonth == null ? null : plannedMonth.atDay(1);
    }

    /** Its bill was submitted for deliberation on {@code date}; the first submission counts. */
    public void markSubmitted(LocalDate date) {
        if (submittedOn == null) {
            submittedOn = date;
        }
    }

    /** 调整至下一年度 (or a later one), with the reason the sponsor gave in writing. */
    public void moveToYear(int year, String reason) {
        if (submittedOn != null) {
            throw new TransitionRefused("该项目已提请审议，不能调整到以后年度");
        }
        if (year <= plan.getEndYear()) {
            throw new TransitionRefused("调整后的年度须晚于本计划年度");
        }
        this.movedToYear = year;
        this.movedReason = reason;
    }

    public PlanStanding standing(LocalDate today) {
        if (movedToYear != null) {
            return PlanStanding.MOVED;
        }
        LocalDate due = plannedMonth == null ? null : YearMonth.from(plannedMonth).atEndOfMonth();
        if (submittedOn != null) {
            return due == null || !submittedOn.isAfter(due) ? PlanStanding.ON_TIME : PlanStanding.LATE;
        }
        return due != null && today.isAfter(due) ? PlanStanding.LATE : PlanStanding.NOT_DUE;
    }
}
