package cn.congress.oversight.plan;

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

import java.time.LocalDate;

/** 年度监督工作计划: adopted by the 主任会议 and published (监督法第六十三条). */
@Entity
@Table(name = "oversight_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class OversightPlan extends AuditedEntity {

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status = PlanStatus.DRAFT;

    private LocalDate adoptedOn;

    private boolean published;

    OversightPlan(int year, String title) {
        this.year = year;
        this.title = title;
    }

    void adopt(LocalDate on) {
        if (status != PlanStatus.DRAFT) {
            throw new TransitionRefused("计划已经通过");
        }
        status = PlanStatus.ADOPTED;
        adoptedOn = on;
    }

    void publish() {
        if (status != PlanStatus.ADOPTED) {
            throw new TransitionRefused("计划经主任会议通过后才能公开");
        }
        published = true;
    }
}
