package cn.congress.deputies.reception;

import jakarta.persistence.Convert;
import cn.congress.domain.shared.EncryptedString;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.shared.AuditMasked;
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

/** One resident's visit or opinion received by a deputy at a station, and how it was handled. */
@Entity
@Table(name = "constituent_opinion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ConstituentOpinion extends AuditedEntity {

    @Column(nullable = false)
    private long stationId;

    @Column(nullable = false)
    private long deputyId;

    @Column(nullable = false)
    private LocalDate receivedOn;

    /** Personal: masked on every page, never written to the audit log by value. */
    @AuditMasked
    @Column(length = 64)
    private String residentName;

    @AuditMasked
    @Convert(converter = EncryptedString.class)
    @Column(length = 1024)
    private String residentContact;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false, length = 16)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OpinionStatus status = OpinionStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private OpinionRoute route;

    private String settlement;
    private Long transferOrgId;
    private LocalDate transferredOn;
    private LocalDate transferDue;
    private String answer;
    private LocalDate answeredOn;
    @Column(length = 64)
    private String answeredBy;
    private Long suggestionId;
    private LocalDate suggestedOn;
    private LocalDate feedbackOn;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ResidentSatisfaction feedbackSatisfaction;
    @Column(length = 500)
    private String feedbackNote;

    ConstituentOpinion(long stationId, long deputyId, LocalDate receivedOn, String residentName, String residentContact,
                       String content, String category) {
        this.stationId = stationId;
        this.deputyId = deputyId;
        this.receivedOn = receivedOn;
        this.residentName = blankToNull(residentName);
        this.residentContact = blankToNull(residentContact);
        this.content = content.trim();
        this.category = category;
    }

    private void step(OpinionStep step) {
        if (!step.allowedFrom(status)) {
            throw new TransitionRefused("该意见当前状态下不能进行此操作");
        }
    }

    void settle(String how, LocalDate on) {
        step(OpinionStep.SETTLE);
        this.settlement = how.trim();
        this.route = OpinionRoute.SETTLED;
        this.status = OpinionStatus.SETTLED;
    }

    void transfer(long orgId, LocalDate on, LocalDate due) {
        step(OpinionStep.TRANSFER);
        this.transferOrgId = orgId;
        this.transferredOn = on;
        this.transferDue = due;
        this.route = OpinionRoute.TRANSFERRED;
        this.status = OpinionStatus.TRANSFERRED;
    }

    void answer(String text, LocalDate on, String by) {
        step(OpinionStep.ANSWER);
        this.answer = text.trim();
        this.answeredOn = on;
        this.answeredBy = by;
        this.status = OpinionStatus.ANSWERED;
    }

    void suggested(long suggestionId, LocalDate on) {
        step(OpinionStep.SUGGEST);
        this.suggestionId = suggestionId;
        this.suggestedOn = on;
        this.route = OpinionRoute.SUGGESTION;
        this.status = OpinionStatus.SUGGESTED;
    }

    void feedback(ResidentSatisfaction satisfaction, String note, LocalDate on) {
        step(OpinionStep.FEEDBACK);
        this.feedbackSatisfaction = satisfaction;
        this.feedbackNote = blankToNull(note);
        this.feedbackOn = on;
        this.status = OpinionStatus.CLOSED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
