package cn.congress.legislation.filing;

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
import java.time.temporal.ChronoUnit;

import static cn.congress.legislation.filing.FilingStatus.*;

/** 规范性文件备案审查: a filed document from receipt to closure. */
@Entity
@Table(name = "filing_review")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FilingReview extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String documentTitle;

    @Column(nullable = false, length = 100)
    private String documentNo;

    /** 制定机关. */
    @Column(nullable = false, length = 100)
    private String filingOrgan;

    @Column(nullable = false)
    private LocalDate publishedOn;

    @Column(nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FilingStatus status = RECEIVED;

    @Column(length = 64)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private FilingFinding finding;

    @Column(length = 4000)
    private String issue;

    private LocalDate correctionDeadline;

    @Column(length = 4000)
    private String answer;

    private LocalDate answeredOn;
    private LocalDate closedOn;

    @Column(length = 1000)
    private String closingRemark;

    public FilingReview(String documentTitle, String documentNo, String filingOrgan, LocalDate publishedOn, LocalDate receivedOn) {
        if (receivedOn.isBefore(publishedOn)) {
            throw new TransitionRefused("收到日期不能早于公布日期");
        }
        this.documentTitle = documentTitle;
        this.documentNo = documentNo;
        this.filingOrgan = filingOrgan;
        this.publishedOn = publishedOn;
        this.receivedOn = receivedOn;
    }

    /** Days from publication to receipt. */
    public long daysToFile() {
        return ChronoUnit.DAYS.between(publishedOn, receivedOn);
    }

    /** 迟报: received more than {@code submitDays} days after publication. */
    public boolean isLate(int submitDays) {
        return daysToFile() > submitDays;
    }

    FilingEvent assignReviewer(String reviewer, String actor) {
        require(RECEIVED, UNDER_REVIEW);
        this.reviewer = reviewer;
        this.status = UNDER_REVIEW;
        return event(FilingStep.REVIEWER_ASSIGNED, "审查人：" + reviewer, actor);
    }

    /** 审查结论：合法 — the review closes. */
    FilingEvent findLawful(LocalDate on, String remark, String actor) {
        require(UNDER_REVIEW);
        this.finding = FilingFinding.LAWFUL;
        this.status = CLOSED;
        this.closedOn = on;
        this.closingRemark = remark;
        return event(FilingStep.FOUND_LAWFUL, remark, actor);
    }

    FilingEvent findProblem(String issue, String actor) {
        require(UNDER_REVIEW);
        if (issue == null || issue.isBlank()) {
            throw new TransitionRefused("请写明发现的问题");
        }
        this.finding = FilingFinding.PROBLEM;
        this.issue = issue;
        this.status = PROBLEM_FOUND;
        return event(FilingStep.FOUND_PROBLEM, issue, actor);
    }

    /** 书面审查意见 asking the maker to correct by {@code deadline}. */
    FilingEvent requestCorrection(LocalDate deadline, String remark, String actor) {
        require(PROBLEM_FOUND);
        this.correctionDeadline = deadline;
        this.status = CORRECTION_REQUESTED;
        return event(FilingStep.CORRECTION_REQUESTED, "纠正期限：" + deadline + (remark == null || remark.isBlank() ? "" : "；" + remark), actor);
    }

    FilingEvent recordAnswer(String answer, LocalDate on, String actor) {
        require(CORRECTION_REQUESTED);
        if (answer == null || answer.isBlank()) {
            throw new TransitionRefused("请填写制定机关的答复");
        }
        this.answer = answer;
        this.answeredOn = on;
        this.status = ANSWERED;
        return event(FilingStep.ANSWERED, answer, actor);
    }

    FilingEvent close(LocalDate on, String remark, String actor) {
        require(ANSWERED, PROBLEM_FOUND);
        if (remark == null || remark.isBlank()) {
            throw new TransitionRefused("请填写办结情况");
        }
        this.closedOn = on;
        this.closingRemark = remark;
        this.status = CLOSED;
        return event(FilingStep.CLOSED, remark, actor);
    }

    public boolean isCorrectionOverdue(LocalDate today) {
        return status == CORRECTION_REQUESTED && correctionDeadline != null && today.isAfter(correctionDeadline);
    }

    FilingEvent received(String actor) {
        return event(FilingStep.RECEIVED, null, actor);
    }

    private FilingEvent event(FilingStep step, String remark, String actor) {
        return new FilingEvent(getId(), step, status, remark, actor);
    }

    private void require(FilingStatus... allowed) {
        for (FilingStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new TransitionRefused("备案文件当前状态不能办理此步骤");
    }
}
