package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

/** The states of an appointment motion (任免案), see the domain guide §6.5. */
public enum MotionStatus implements Labeled {
    /** 起草. */
    DRAFTED,
    /** 已提请. */
    SUBMITTED,
    /** 退回补充材料. */
    RETURNED_FOR_COMPLETION,
    /** 已审查. */
    VETTED,
    /** 已列入会议议程. */
    SCHEDULED,
    /** 已表决. */
    DECIDED,
    /** 已撤回. */
    WITHDRAWN
}
