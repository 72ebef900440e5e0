package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of an appointment motion (任免案) and the states each may be taken from: the motion's transitions,
 * stated once. The motion refuses a step not allowed from its state; the page shows the steps the caller may take.
 */
public enum MotionStep implements Labeled {
    /** 修改标题、说明和人员. */
    EDIT(EnumSet.of(MotionStatus.DRAFTED, MotionStatus.RETURNED_FOR_COMPLETION)),
    /** 提请. */
    SUBMIT(EnumSet.of(MotionStatus.DRAFTED, MotionStatus.RETURNED_FOR_COMPLETION)),
    /** 退回补充材料. */
    RETURN(EnumSet.of(MotionStatus.SUBMITTED)),
    /** 审查通过. */
    VET(EnumSet.of(MotionStatus.SUBMITTED)),
    /** 列入会议议程. */
    SCHEDULE(EnumSet.of(MotionStatus.VETTED)),
    /** 主任会议决定不付表决 (one person). */
    NOT_VOTE(EnumSet.of(MotionStatus.SCHEDULED)),
    /** 发布任免公告. */
    PUBLISH(EnumSet.of(MotionStatus.DECIDED)),
    /** 撤回. */
    WITHDRAW(EnumSet.of(MotionStatus.DRAFTED, MotionStatus.SUBMITTED, MotionStatus.RETURNED_FOR_COMPLETION,
            MotionStatus.VETTED, MotionStatus.SCHEDULED));

    private final Set<MotionStatus> from;

    MotionStep(Set<MotionStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(MotionStatus status) {
        return from.contains(status);
    }
}
