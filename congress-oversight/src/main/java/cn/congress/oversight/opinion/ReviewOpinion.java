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

import java.time.LocalDate;

/** 审议意见: sent to the organ with a document number; handled in rounds of 研究处理情况报告. */
@Entity
@Table(name = "oversight_opinion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReviewOpinion extends AuditedEntity {

    @Column(nullable = false)
    private long topicId;

    @Column(name = "document_no", nullable = false, length = 60)
    private String documentNo;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportKind reportKind;

    @Column(nullable = false)
    private long organId;

    @Column(nullable = false)
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpinionStatus status = OpinionStatus.ISSUED;

    @Column(nullable = false)
    private int round = 1;

    private boolean released;

    ReviewOpinion(long topicId, String documentNo, String title, String content, ReportKind reportKind, long organId, LocalDate issuedOn) {
        this.topicId = topicId;
        this.documentNo = documentNo;
        this.title = title;
        this.content = content;
        this.reportKind = reportKind;
        this.organId = organId;
        this.issuedOn = issuedOn;
    }

    public boolean allows(OpinionStep step) {
        return step.allowedFrom(status);
    }

    void take(OpinionStep step) {
        if (!allows(step)) {
            throw new TransitionRefused("审议意见当前状态下不能办理该事项");
        }
        status = step.next(status);
        if (step == OpinionStep.EVALUATION_FAILED) {
            round++;
        }
    }

    void release() {
        take(OpinionStep.RELEASE);
        released = true;
    }
}
