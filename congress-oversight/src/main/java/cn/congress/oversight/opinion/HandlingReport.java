package cn.congress.oversight.opinion;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of the organ's 研究处理情况报告 on an opinion, with its satisfaction result when the standing committee
 * evaluated it (满意 = the vote's yes, 基本满意 = abstain, 不满意 = no, as the SATISFACTION vote kind labels them).
 */
@Entity
@Table(name = "oversight_handling_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class HandlingReport extends AuditedEntity {

    @Column(nullable = false)
    private long opinionId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private LocalDate dueOn;

    private String content;

    private Instant submittedAt;

    @Column(length = 100)
    private String submittedBy;

    private Long sessionId;

    @Column(length = 200)
    private String sessionTitle;

    private Long voteId;

    private Integer satisfied;
    private Integer basically;
    private Integer dissatisfied;
    private Integer present;
    private Boolean passed;

    private boolean released;

    HandlingReport(long opinionId, int round, LocalDate dueOn) {
        this.opinionId = opinionId;
        this.round = round;
        this.dueOn = dueOn;
    }

    void submit(String content, String by, Instant at) {
        if (submittedAt != null) {
            throw new DomainException("本轮研究处理情况报告已经提交");
        }
        this.content = content;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void scheduleEvaluation(long sessionId, String sessionTitle, long voteId) {
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.voteId = voteId;
    }

    void recordResult(int satisfied, int basically, int dissatisfied, int present, boolean passed) {
        this.satisfied = satisfied;
        this.basically = basically;
        this.dissatisfied = dissatisfied;
        this.present = present;
        this.passed = passed;
    }

    void release() {
        if (submittedAt == null) {
            throw new DomainException("报告尚未提交，不能公开");
        }
        released = true;
    }
}
