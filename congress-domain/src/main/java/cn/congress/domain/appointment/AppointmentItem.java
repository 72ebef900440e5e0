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
import java.util.Set;

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
    @Column(nullable = false, length = 32)
    private ItemStatus status = ItemStatus.PROPOSED;

    private Long voteId;

    private LocalDate decidedOn;

    /** 公告编号 and date, once announced. */
    @Column(length = 200)
    private String announcementNumber;

    private LocalDate publishedOn;

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
        moveTo(ItemStatus.ADOPTED, "已表决、不付表决或已撤回，不能再记录表决结果");
        decidedOn = on;
    }

    void reject(LocalDate on) {
        moveTo(ItemStatus.REJECTED, "已表决、不付表决或已撤回，不能再记录表决结果");
        decidedOn = on;
    }

    void withdraw() {
        moveTo(ItemStatus.WITHDRAWN, "已表决或已决定不付表决，不能撤回");
    }

    /** 不付表决: the council of chairpersons decides not to put the person to the vote. */
    void notVote(LocalDate on) {
        moveTo(ItemStatus.NOT_VOTED, "只有待表决的人员才能决定不付表决");
        decidedOn = on;
    }

    /** 公告: the adopted decision is announced under the announcement's number. */
    void publish(String number, LocalDate on) {
        moveTo(ItemStatus.PUBLISHED, "只有表决通过、尚未公告的人员才能发布公告");
        announcementNumber = number;
        publishedOn = on;
    }

    /** 宪法宣誓: sworn in at a ceremony (the link is the ceremony's list of swearers). */
    void swear() {
        moveTo(ItemStatus.SWORN_IN, action.requiresOath() ? "须在任命公告发布后、尚未宣誓时登记宪法宣誓" : "免职、辞职、撤职人员无需宪法宣誓");
    }

    void issueLetter(String number) {
        if (letterNumber != null) {
            throw new TransitionRefused("任命书已制发：" + letterNumber);
        }
        moveTo(ItemStatus.CERTIFICATE_ISSUED, "只有已进行宪法宣誓的任命人员才能制发任命书");
        letterNumber = number;
    }

    private void moveTo(ItemStatus target, String refusal) {
        if (!status.next(action).contains(target)) {
            throw new TransitionRefused(personName + "：" + refusal);
        }
        status = target;
    }

    /** The states this item may move to next, for the page. */
    public Set<ItemStatus> getNextSteps() {
        return status.next(action);
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
