package cn.congress.oversight.fiscal.review;

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

/** 财政经济监督事项: one statutory item of the year's fiscal calendar, from its documents to the session's decision. */
@Entity
@Table(name = "fiscal_review")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FiscalReview extends AuditedEntity {

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReviewKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int plannedMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status = ReviewStatus.PLANNED;

    private Long sessionId;

    @Column(length = 200)
    private String sessionTitle;

    private LocalDate sessionDate;

    private Long agendaItemId;

    private Long voteId;

    @Column(length = 4000)
    private String resolution;

    private LocalDate decidedOn;

    FiscalReview(int year, ReviewKind kind, String title, int plannedMonth) {
        this.year = year;
        this.kind = kind;
        this.title = title;
        this.plannedMonth = plannedMonth;
    }

    public boolean allows(ReviewStep step) {
        return step.allowedFrom(status);
    }

    void take(ReviewStep step) {
        if (!allows(step)) {
            throw new TransitionRefused("该事项当前状态下不能办理该事项");
        }
        status = step.next(status);
    }

    void schedule(long sessionId, String sessionTitle, LocalDate sessionDate, long agendaItemId, Long voteId) {
        take(ReviewStep.SCHEDULE);
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.sessionDate = sessionDate;
        this.agendaItemId = agendaItemId;
        this.voteId = voteId;
    }

    void decide(ReviewStep step, String resolution, LocalDate on) {
        take(step);
        this.resolution = resolution;
        this.decidedOn = on;
    }
}
