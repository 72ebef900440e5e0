package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
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

/**
 * One year's livelihood projects of one congress (年度民生实事项目): the congress's organisation unit gives the level
 * (city, district, township), so each level runs its own chain on the same pages.
 */
@Entity
@Table(name = "livelihood_programme")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LivelihoodProgramme extends AuditedEntity {

    private long congressOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    /** 拟确定的项目数. */
    private int quota;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgrammeStatus status = ProgrammeStatus.COLLECTING;

    private String deliberationMeeting;
    private LocalDate deliberatedOn;
    private LocalDate sentToDeputiesOn;
    private Long sessionId;
    private String sessionTitle;

    /** The rules chosen before the vote (snapshots of the rules table when the list is put to the vote). */
    @Enumerated(EnumType.STRING)
    private TieRule tieRule;
    @Enumerated(EnumType.STRING)
    private ShortfallRule shortfallRule;

    private String decisionNumber;
    private LocalDate decidedOn;
    private String progressSessionTitle;
    private Long progressItemId;
    private Integer evaluationPassPercent;
    private LocalDate evaluationOpenedOn;
    private LocalDate evaluationClosedOn;

    LivelihoodProgramme(long congressOrgId, Level level, int year, String title, int quota) {
        if (quota < 1) {
            throw new DomainException("拟确定项目数至少为 1");
        }
        this.congressOrgId = congressOrgId;
        this.level = level;
        this.year = year;
        this.title = title;
        this.quota = quota;
    }

    void require(ProgrammeStep step) {
        if (!step.allowedFrom(status)) {
            throw new TransitionRefused("本年度民生实事项目当前处于“" + statusName() + "”阶段，不能进行该操作");
        }
    }

    private void move(ProgrammeStep step) {
        require(step);
        if (step.to() != null) {
            status = step.to();
        }
    }

    private String statusName() {
        return switch (status) {
            case COLLECTING -> "征集";
            case SCREENING -> "筛选论证";
            case DELIBERATION -> "酝酿协商";
            case VOTING -> "票决";
            case IMPLEMENTING -> "实施";
            case EVALUATING -> "评估";
            case CLOSED -> "已完成";
        };
    }

    void update(String title, int quota, long expectedVersion) {
        checkVersion(expectedVersion);
        if (status != ProgrammeStatus.COLLECTING && status != ProgrammeStatus.SCREENING) {
            throw new TransitionRefused("候选项目清单已提交主任会议，不能再修改项目数");
        }
        if (quota < 1) {
            throw new DomainException("拟确定项目数至少为 1");
        }
        this.title = title;
        this.quota = quota;
    }

    void startScreening() {
        move(ProgrammeStep.START_SCREENING);
    }

    void recordDeliberation(String meeting, LocalDate on) {
        move(ProgrammeStep.RECORD_DELIBERATION);
        this.deliberationMeeting = meeting;
        this.deliberatedOn = on;
    }

    void sendToDeputies(LocalDate on) {
        move(ProgrammeStep.SEND_TO_DEPUTIES);
        this.sentToDeputiesOn = on;
    }

    void putToVote(long sessionId, String sessionTitle, TieRule tieRule, ShortfallRule shortfallRule) {
        require(ProgrammeStep.PUT_TO_VOTE);
        if (sentToDeputiesOn == null) {
            throw new TransitionRefused("候选项目清单尚未印发代表，不能提交大会票决");
        }
        move(ProgrammeStep.PUT_TO_VOTE);
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.tieRule = tieRule;
        this.shortfallRule = shortfallRule;
    }

    /** The vote is over (every round concluded): the adopted list is the congress's decision. */
    void decide(String number, LocalDate on) {
        if (status != ProgrammeStatus.VOTING) {
            throw new TransitionRefused("票决尚未进行");
        }
        status = ProgrammeStatus.IMPLEMENTING;
        this.decisionNumber = number;
        this.decidedOn = on;
    }

    void scheduleProgressReport(String sessionTitle, long itemId) {
        move(ProgrammeStep.SCHEDULE_PROGRESS_REPORT);
        this.progressSessionTitle = sessionTitle;
        this.progressItemId = itemId;
    }

    void openEvaluation(LocalDate on, int passPercent) {
        move(ProgrammeStep.OPEN_EVALUATION);
        this.evaluationOpenedOn = on;
        this.evaluationPassPercent = passPercent;
    }

    void closeEvaluation(LocalDate on) {
        move(ProgrammeStep.CLOSE_EVALUATION);
        this.evaluationClosedOn = on;
    }
}
