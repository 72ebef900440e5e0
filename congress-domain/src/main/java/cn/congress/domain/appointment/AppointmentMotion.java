package cn.congress.domain.appointment;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.Term;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/** An appointment or removal motion (任免案): persons with their actions, voted person by person. */
@Entity
@Table(name = "appointment_motion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppointmentMotion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Proposer proposer;

    private LocalDate submittedOn;

    @Column(nullable = false, columnDefinition = "text")
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MotionStatus status = MotionStatus.DRAFTED;

    private Long meetingId;

    private Long agendaItemId;

    /** Why the motion was put on the agenda although submitted too late (提请时限例外), or null. */
    @Column(length = 500)
    private String leadTimeException;

    @OneToMany(mappedBy = "motion", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AppointmentItem> items = new ArrayList<>();

    public AppointmentMotion(Term term, String title, Proposer proposer, String explanation) {
        this.term = term;
        this.title = title;
        this.proposer = proposer;
        this.explanation = explanation;
    }

    public void edit(String title, Proposer proposer, String explanation) {
        requireEditable();
        this.title = title;
        this.proposer = proposer;
        this.explanation = explanation;
    }

    public AppointmentItem addItem(String personName, AppointmentAction action, String post, String organ, String resume) {
        requireEditable();
        AppointmentItem item = new AppointmentItem(this, items.size() + 1, personName, action, post, organ, resume);
        items.add(item);
        return item;
    }

    public void removeItem(AppointmentItem item) {
        requireEditable();
        items.remove(item);
        int i = 0;
        for (AppointmentItem x : items) {
            x.renumber(++i);
        }
    }

    private void requireEditable() {
        require(MotionStep.EDIT, "任免案已提请，不能再修改");
    }

    private void require(MotionStep step, String refusal) {
        if (!step.allowedFrom(status)) {
            throw new TransitionRefused(refusal);
        }
    }

    /** The steps allowed from the current state (before asking who may take them). */
    public Set<MotionStep> steps() {
        Set<MotionStep> steps = EnumSet.noneOf(MotionStep.class);
        for (MotionStep step : MotionStep.values()) {
            if (step.allowedFrom(status)) {
                steps.add(step);
            }
        }
        if (!hasAnnounceable()) {
            steps.remove(MotionStep.PUBLISH);
        }
        if (items.stream().anyMatch(i -> i.getStatus() != ItemStatus.PROPOSED)) {
            steps.remove(MotionStep.WITHDRAW);
        }
        return steps;
    }

    private boolean hasAnnounceable() {
        return items.stream().anyMatch(i -> i.getStatus() == ItemStatus.ADOPTED);
    }

    /** 提请: the proposer organ submits the motion. */
    public void submit(LocalDate on) {
        requireEditable();
        if (items.isEmpty()) {
            throw new DomainException("任免案至少要列明一名人员");
        }
        status = MotionStatus.SUBMITTED;
        submittedOn = on;
    }

    /** 退回补充材料. */
    public void returnForCompletion() {
        require(MotionStep.RETURN, "只有已提请的任免案才能退回");
        status = MotionStatus.RETURNED_FOR_COMPLETION;
    }

    /** 审查通过 (materials, exam, public notice checked by the personnel body). */
    public void vet() {
        require(MotionStep.VET, "只有已提请的任免案才能审查");
        status = MotionStatus.VETTED;
    }

    /** 列入会议议程; {@code leadTimeException} is the reason when the motion was submitted too late, else null. */
    public void schedule(long meetingId, long agendaItemId, String leadTimeException) {
        require(MotionStep.SCHEDULE, "只有审查通过的任免案才能列入会议议程");
        status = MotionStatus.SCHEDULED;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.leadTimeException = leadTimeException;
    }

    /** 撤回 before the vote. */
    public void withdraw() {
        require(MotionStep.WITHDRAW, "任免案已表决或已撤回");
        if (items.stream().anyMatch(i -> i.getStatus() != ItemStatus.PROPOSED)) {
            throw new TransitionRefused("已有人员表决，不能撤回");
        }
        items.forEach(AppointmentItem::withdraw);
        status = MotionStatus.WITHDRAWN;
    }

    /** 不付表决 for one person of a scheduled motion. */
    void notVote(AppointmentItem item, LocalDate on) {
        require(MotionStep.NOT_VOTE, "只有已列入会议议程的任免案才能决定不付表决");
        item.notVote(on);
    }

    /** 公告: announces every adopted, not yet announced person under the number; returns them. */
    List<AppointmentItem> publish(String number, LocalDate on) {
        requirePublishable();
        List<AppointmentItem> adopted = items.stream().filter(i -> i.getStatus() == ItemStatus.ADOPTED).toList();
        adopted.forEach(i -> i.publish(number, on));
        return adopted;
    }

    /** Refuses the announcement before the motion is decided or when nobody adopted awaits it. */
    void requirePublishable() {
        require(MotionStep.PUBLISH, "任免案全部表决完毕后才能发布公告");
        if (!hasAnnounceable()) {
            throw new TransitionRefused("没有待公告的表决通过人员");
        }
    }

    AppointmentItem item(long itemId) {
        return items.stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("任免人员", itemId));
    }

    /** Becomes DECIDED once every person has been voted on or not put to the vote; returns whether that happened now. */
    boolean decideIfComplete() {
        if (status == MotionStatus.SCHEDULED && items.stream().allMatch(i -> i.getStatus() != ItemStatus.PROPOSED)) {
            status = MotionStatus.DECIDED;
            return true;
        }
        return false;
    }

    public boolean isEditable() {
        return MotionStep.EDIT.allowedFrom(status);
    }
}
