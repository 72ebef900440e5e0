package cn.congress.oversight.inspection;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/**
 * 质询案 (监督法第五十一至五十四条): proposed jointly by at least the rules' number of members, answered orally or in
 * writing as the 主任会议 decides; if a majority of the proposers are dissatisfied, a new answer is required.
 */
@Entity
@Table(name = "oversight_interpellation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Interpellation extends AuditedEntity {

    @Column(nullable = false)
    private long topicId;

    @Column(nullable = false, length = 2000)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String proposers;

    @Column(nullable = false)
    private int proposerCount;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private AnswerForm answerForm;

    private LocalDate answeredOn;

    private Integer dissatisfied;

    @Column(nullable = false)
    private int round = 1;

    Interpellation(long topicId, String subject, String proposers, int proposerCount) {
        this.topicId = topicId;
        this.subject = subject.trim();
        this.proposers = proposers.trim();
        this.proposerCount = proposerCount;
    }

    void decideForm(AnswerForm form) {
        this.answerForm = form;
    }

    /** Records an answer and how many proposers are dissatisfied; true when a new answer is required. */
    boolean recordAnswer(LocalDate on, int dissatisfiedProposers) {
        if (answerForm == null) {
            throw new DomainException("主任会议决定答复方式后才能登记答复");
        }
        if (dissatisfiedProposers < 0 || dissatisfiedProposers > proposerCount) {
            throw new DomainException("不满意人数应在0至" + proposerCount + "之间");
        }
        if (dissatisfied != null && 2 * dissatisfied <= proposerCount) {
            throw new DomainException("提质询案人已对答复表示满意，无需再次答复");
        }
        if (dissatisfied != null) {
            round++;
        }
        answeredOn = on;
        dissatisfied = dissatisfiedProposers;
        return 2 * dissatisfiedProposers > proposerCount;
    }

    public boolean newAnswerRequired() {
        return dissatisfied != null && 2 * dissatisfied > proposerCount;
    }
}
