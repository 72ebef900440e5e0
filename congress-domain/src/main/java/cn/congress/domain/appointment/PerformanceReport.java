package cn.congress.domain.appointment;

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

/** An appointee's annual performance report (履职报告), reviewed by the committee with a satisfaction vote. */
@Entity
@Table(name = "performance_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PerformanceReport extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holding_id")
    private PostHolding holding;

    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.SUBMITTED;

    private Long meetingId;

    private Long voteId;

    private Boolean satisfied;

    PerformanceReport(PostHolding holding, int year, String title, String summary) {
        this.holding = holding;
        this.year = year;
        this.title = title;
        this.summary = summary;
    }

    void schedule(long meetingId, long voteId) {
        if (status != ReportStatus.SUBMITTED) {
            throw new TransitionRefused("履职报告已列入会议");
        }
        status = ReportStatus.SCHEDULED;
        this.meetingId = meetingId;
        this.voteId = voteId;
    }

    void evaluate(boolean satisfied) {
        if (status != ReportStatus.SCHEDULED) {
            throw new TransitionRefused("履职报告尚未列入会议或已测评");
        }
        status = ReportStatus.EVALUATED;
        this.satisfied = satisfied;
    }
}
