package cn.congress.deputies.livelihood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** One step in a project's history; {@code shownPublicly} marks the steps the public page shows. */
@Entity
@Table(name = "livelihood_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProjectEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    @Column(nullable = false, length = 32)
    private String step;

    @Column(nullable = false)
    private Instant at;

    private String actor;
    private String remark;
    private boolean shownPublicly;

    ProjectEvent(long projectId, ProjectStep step, Instant at, String actor, String remark, boolean shownPublicly) {
        this.projectId = projectId;
        this.step = step.name();
        this.at = at;
        this.actor = actor;
        this.remark = remark;
        this.shownPublicly = shownPublicly;
    }
}
