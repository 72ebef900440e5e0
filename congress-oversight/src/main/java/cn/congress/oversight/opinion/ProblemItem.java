package cn.congress.oversight.opinion;

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

import java.time.Instant;
import java.time.LocalDate;

/** 问题清单项: one problem of an opinion, rectified by its responsible organ and closed (销号) by staff. */
@Entity
@Table(name = "oversight_problem")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProblemItem extends AuditedEntity {

    @Column(nullable = false)
    private long opinionId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false)
    private long organId;

    @Column(nullable = false, length = 2000)
    private String measuresRequired;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProblemStatus status = ProblemStatus.ASSIGNED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProblemSource source;

    @Column(length = 200)
    private String sourceRef;

    @Column(length = 3000)
    private String measuresTaken;

    @Column(length = 3000)
    private String progress;

    @Column(length = 1000)
    private String returnReason;

    private Instant submittedAt;

    private LocalDate closedOn;

    private Long carriedFromId;

    ProblemItem(long opinionId, int seq, ProblemDetails d, ProblemSource source, String sourceRef, Long carriedFromId) {
        this.opinionId = opinionId;
        this.seq = seq;
        this.source = source;
        this.sourceRef = sourceRef;
        this.carriedFromId = carriedFromId;
        apply(d);
    }

    private void apply(ProblemDetails d) {
        this.description = d.description().trim();
        this.organId = d.organId();
        this.measuresRequired = d.measuresRequired().trim();
        this.deadline = d.deadline();
    }

    public boolean allows(ProblemStep step) {
        return step.allowedFrom(status);
    }

    private void take(ProblemStep step) {
        if (!allows(step)) {
            throw new TransitionRefused(status == ProblemStatus.CLOSED || status == ProblemStatus.CARRIED_OVER
                    ? "该问题已" + (status == ProblemStatus.CLOSED ? "销号" : "转入回头看") + "，不能再修改"
                    : "问题当前状态下不能办理该事项");
        }
        status = step.next(status);
    }

    void edit(ProblemDetails d) {
        take(ProblemStep.EDIT);
        apply(d);
    }

    void reportProgress(String measuresTaken, String progress, boolean submit, Instant at) {
        take(submit ? ProblemStep.SUBMIT : ProblemStep.REPORT_PROGRESS);
        this.measuresTaken = measuresTaken.trim();
        this.progress = progress == null || progress.isBlank() ? null : progress.trim();
        if (submit) {
            submittedAt = at;
        }
    }

    void verify(ProblemStep decision, String reason, LocalDate today) {
        take(decision);
        if (decision == ProblemStep.RETURN) {
            returnReason = reason;
        }
        if (decision == ProblemStep.CLOSE) {
            closedOn = today;
        }
    }

    void reopen(String reason) {
        take(ProblemStep.REOPEN);
        closedOn = null;
        returnReason = reason;
    }

    void carryOver() {
        take(ProblemStep.CARRY_OVER);
    }

    public boolean overdue(LocalDate today) {
        return status.open() && status != ProblemStatus.LONG_TERM && deadline.isBefore(today);
    }
}
