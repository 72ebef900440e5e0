package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A milestone of an adopted project's implementation plan, reported done by the responsible organ. */
@Entity
@Table(name = "livelihood_milestone")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Milestone extends AuditedEntity {

    private long projectId;
    private String title;
    private LocalDate plannedOn;
    private LocalDate doneOn;

    Milestone(long projectId, String title, LocalDate plannedOn) {
        this.projectId = projectId;
        this.title = title.trim();
        this.plannedOn = plannedOn;
    }

    void markDone(LocalDate on) {
        if (doneOn != null) {
            throw new DomainException("该节点已完成");
        }
        this.doneOn = on;
    }
}
