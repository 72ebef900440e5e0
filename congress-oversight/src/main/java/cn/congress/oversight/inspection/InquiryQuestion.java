package cn.congress.oversight.inspection;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One question of a 专题询问: who asked, which organ and official answered, the answer in brief, follow-up items. */
@Entity
@Table(name = "oversight_inquiry_question")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class InquiryQuestion extends AuditedEntity {

    @Column(nullable = false)
    private long topicId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 100)
    private String asker;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(nullable = false, length = 100)
    private String organName;

    @Column(nullable = false, length = 100)
    private String official;

    @Column(length = 3000)
    private String answerSummary;

    @Column(length = 2000)
    private String followUp;

    InquiryQuestion(long topicId, int seq, QuestionDetails d) {
        this.topicId = topicId;
        this.seq = seq;
        this.asker = d.asker().trim();
        this.question = d.question().trim();
        this.organName = d.organName().trim();
        this.official = d.official().trim();
        this.answerSummary = d.answerSummary() == null || d.answerSummary().isBlank() ? null : d.answerSummary().trim();
        this.followUp = d.followUp() == null || d.followUp().isBlank() ? null : d.followUp().trim();
    }
}
