package cn.congress.legislation.consultation;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 征求意见: one bill version published for comment over a window. A bill may have several (after the first and the
 * second reading). Every change of state is a method that checks the step against {@link ConsultationStep}.
 */
@Entity
@Table(name = "consultation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Consultation extends AuditedEntity {

    @Column(nullable = false)
    private long billId;

    @Column(nullable = false)
    private long billVersionId;

    @Column(nullable = false, length = 200)
    private String title;

    /** The text as published, fixed when the consultation opens, so that article numbers in comments stay true. */
    @Column(nullable = false, columnDefinition = "text")
    private String draftText;

    /** 起草说明. */
    @Column(nullable = false, columnDefinition = "text")
    private String explanation;

    /** The questions staff most want answered, one per line. */
    @Column(length = 2000)
    private String keyQuestions;

    /** The channels offered, comma-separated {@link CommentChannel} names. */
    @Column(nullable = false, length = 200)
    private String channels;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private IdentityMode identityMode;

    @Column(nullable = false, length = 300)
    private String identityReason;

    @Column(nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationStatus status = ConsultationStatus.OPEN;

    private LocalDate closedOn;

    @Column(length = 500)
    private String closeReason;

    @Column(columnDefinition = "text")
    private String feedbackReport;

    private LocalDate feedbackPublishedOn;

    @ElementCollection
    @CollectionTable(name = "consultation_contact_point", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "contact_point_id")
    private Set<Long> contactPointIds = new HashSet<>();

    Consultation(long billId, long billVersionId, String title, String draftText, String explanation, String keyQuestions, Set<CommentChannel> channels,
                 IdentityMode identityMode, String identityReason, LocalDate opensOn, LocalDate closesOn) {
        this.billId = billId;
        this.billVersionId = billVersionId;
        this.title = title;
        this.draftText = draftText;
        this.explanation = explanation;
        this.keyQuestions = keyQuestions;
        this.channels = join(channels);
        this.identityMode = identityMode;
        this.identityReason = identityReason;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    /** The status as of {@code today}: an open consultation whose window has passed is closed. */
    public ConsultationStatus effectiveStatus(LocalDate today) {
        if (status == ConsultationStatus.OPEN && today.isAfter(closesOn)) {
            return ConsultationStatus.CLOSED;
        }
        return status;
    }

    public boolean accepting(LocalDate today) {
        return effectiveStatus(today) == ConsultationStatus.OPEN && !today.isBefore(opensOn);
    }

    public long daysLeft(LocalDate today) {
        return accepting(today) ? java.time.temporal.ChronoUnit.DAYS.between(today, closesOn) + 1 : 0;
    }

    public Set<CommentChannel> channelSet() {
        if (channels.isBlank()) {
            return EnumSet.noneOf(CommentChannel.class);
        }
        return Arrays.stream(channels.split(",")).map(CommentChannel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CommentChannel.class)));
    }

    public List<String> questionList() {
        return keyQuestions == null ? List.of() : keyQuestions.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Set<ConsultationStep> steps(LocalDate today) {
        ConsultationStatus now = effectiveStatus(today);
        Set<ConsultationStep> result = new LinkedHashSet<>();
        for (ConsultationStep s : ConsultationStep.values()) {
            if (s.allowedFrom(now)) {
                result.add(s);
            }
        }
        return result;
    }

    ConsultationEvent opened(LocalDate on, String actor) {
        return new ConsultationEvent(getId(), ConsultationStep.OPENED, on, "征求意见期限至" + closesOn, actor);
    }

    ConsultationEvent extend(LocalDate newClose, String reason, LocalDate today, String actor) {
        require(ConsultationStep.EXTEND, today);
        requireReason(reason);
        if (!newClose.isAfter(closesOn)) {
            throw new TransitionRefused("延长后的截止日期须晚于原截止日期");
        }
        LocalDate old = closesOn;
        this.closesOn = newClose;
        return new ConsultationEvent(getId(), ConsultationStep.EXTEND, today, "截止日期由" + old + "延长至" + newClose + "：" + reason, actor);
    }

    ConsultationEvent closeEarly(String reason, LocalDate today, String actor) {
        require(ConsultationStep.CLOSE_EARLY, today);
        requireReason(reason);
        this.status = ConsultationStatus.CLOSED;
        this.closedOn = today;
        this.closeReason = reason;
        return new ConsultationEvent(getId(), ConsultationStep.CLOSE_EARLY, today, reason, actor);
    }

    ConsultationEvent assignContactPoints(Set<Long> ids, LocalDate today, String actor) {
        require(ConsultationStep.ASSIGN_CONTACT_POINTS, today);
        contactPointIds.clear();
        contactPointIds.addAll(ids);
        return new ConsultationEvent(getId(), ConsultationStep.ASSIGN_CONTACT_POINTS, today, "交" + ids.size() + "个基层立法联系点征求意见", actor);
    }

    ConsultationEvent editFeedback(String report, LocalDate today, String actor) {
        require(ConsultationStep.EDIT_FEEDBACK, today);
        this.feedbackReport = report;
        return new ConsultationEvent(getId(), ConsultationStep.EDIT_FEEDBACK, today, null, actor);
    }

    ConsultationEvent publishFeedback(LocalDate today, String actor) {
        require(ConsultationStep.PUBLISH_FEEDBACK, today);
        if (feedbackReport == null || feedbackReport.isBlank()) {
            throw new TransitionRefused("请先生成并保存征求意见情况反馈");
        }
        if (status == ConsultationStatus.OPEN) {
            this.closedOn = closesOn;
        }
        this.status = ConsultationStatus.REPORTED;
        this.feedbackPublishedOn = today;
        return new ConsultationEvent(getId(), ConsultationStep.PUBLISH_FEEDBACK, today, null, actor);
    }

    private void require(ConsultationStep step, LocalDate today) {
        if (!step.allowedFrom(effectiveStatus(today))) {
            throw new TransitionRefused(switch (effectiveStatus(today)) {
                case OPEN -> "征求意见尚未结束，不能" + verb(step);
                case CLOSED -> "征求意见已结束，不能" + verb(step);
                case REPORTED -> "征求意见情况反馈已公布，不能" + verb(step);
            });
        }
    }

    private static String verb(ConsultationStep step) {
        return switch (step) {
            case OPENED -> "发布";
            case EXTEND -> "延长期限";
            case CLOSE_EARLY -> "提前结束";
            case ASSIGN_CONTACT_POINTS -> "分派联系点";
            case EDIT_FEEDBACK -> "修改反馈";
            case PUBLISH_FEEDBACK -> "公布反馈";
        };
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefused("请填写理由");
        }
    }

    static String join(Set<CommentChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
