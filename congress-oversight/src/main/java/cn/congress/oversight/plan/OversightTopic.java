package cn.congress.oversight.plan;

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

/** 议题: one item of the annual plan, from preparation through the session to the opinion and its follow-up. */
@Entity
@Table(name = "oversight_topic")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OversightTopic extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private OversightPlan plan;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TopicKind kind;

    @Column(nullable = false)
    private long leadBodyId;

    /** The supervised organ (一府一委两院 or a department) the topic concerns. */
    @Column(nullable = false)
    private long organId;

    @Column(nullable = false)
    private int plannedMonth;

    @Column(length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TopicStatus status = TopicStatus.PLANNED;

    private Long sessionId;

    @Column(length = 200)
    private String sessionTitle;

    private Long agendaItemId;

    private Long followUpOfId;

    OversightTopic(OversightPlan plan, TopicDetails d, Long followUpOfId) {
        this.plan = plan;
        this.followUpOfId = followUpOfId;
        apply(d);
    }

    private void apply(TopicDetails d) {
        this.title = d.title().trim();
        this.kind = d.kind();
        this.leadBodyId = d.leadBodyId();
        this.organId = d.organId();
        this.plannedMonth = d.plannedMonth();
        this.summary = d.summary() == null || d.summary().isBlank() ? null : d.summary().trim();
    }

    public boolean allows(TopicStep step) {
        return step.allowedFrom(status);
    }

    /** Moves the topic by a step of its state machine; refuses a step its state does not allow. */
    void take(TopicStep step) {
        if (!allows(step)) {
            throw new TransitionRefused("议题当前状态下不能办理该事项");
        }
        status = step.next(status);
    }

    void edit(TopicDetails d) {
        take(TopicStep.EDIT);
        apply(d);
    }

    void schedule(long sessionId, String sessionTitle, long agendaItemId) {
        take(TopicStep.SCHEDULE);
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.agendaItemId = agendaItemId;
    }
}
