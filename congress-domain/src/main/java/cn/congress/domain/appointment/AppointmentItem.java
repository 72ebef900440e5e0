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

import java.time.LocalDate;

/** One person-post pair of a motion (任/免/辞/撤), voted on by itself. */
@Entity
@Table(name = "appointment_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppointmentItem extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id")
    private AppointmentMotion motion;

    private int position;

    @Column(nullable = false, length = 64)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentAction action;

    @Column(nullable = false, length = 200)
    private String post;

    @Column(nullable = false, length = 200)
    private String organ;

    /** The candidate's résumé (简历). */
    @Column(columnDefinition = "text")
    private String resume;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemStatus status = ItemStatus.PROPOSED;

    private Long voteId;

    private LocalDate decidedOn;

    /** 任命书编号, once issued. */
    @Column(length = 100)
    private String letterNumber;

    AppointmentItem(AppointmentMotion motion, int position, String personName, AppointmentAction action, String post,
                    String organ, String resume) {
        this.motion = motion;
        this.position = position;
        this.personName = personName;
        this.action = action;
        this.post = post;
        this.organ = organ;
        this.resume = resume;
    }

    void renumber(int position) {
        this.position = position;
    }

    void votedBy(long voteId) {
        this.voteId = voteId;
    }

    void adopt(LocalDate on) {
        requireProposed();
        status = ItemStatus.ADOPTED;
        decidedOn = on;
    }

    void reject(LocalDate on) {
        requireProposed();
        status = ItemStatus.REJECTED;
        decidedOn = on;
    }

    void withdraw() {
        requireProposed();
        status = ItemStatus.WITHDRAWN;
    }

    private void requireProposed() {
        if (status != ItemStatus.PROPOSED) {
            throw new TransitionRefused("该人员已表决或已撤回");
        }
    }

    void issueLetter(String number) {
        if (status != ItemStatus.ADOPTED || action != AppointmentAction.APPOINT) {
            throw new TransitionRefused("只有表决通过的任命才能制发任命书");
        }
        if (letterNumber != null) {
            throw new TransitionRefused("任命书已制发：" + letterNumber);
        }
        letterNumber = number;
    }

    /** 任命张三为示例市教育局局长 / 免去李四的示例市教育局局长职务. */
    public String getDecisionText() {
        return switch (action) {
            case APPOINT -> "任命" + personName + "为" + organ + post;
            case REMOVE -> "免去" + personName + "的" + organ + post + "职务";
            case RESIGN -> "接受" + personName + "辞去" + organ + post + "职务的请求";
            case DISMISS -> "撤销" + personName + "的" + organ + post + "职务";
        };
    }
}
