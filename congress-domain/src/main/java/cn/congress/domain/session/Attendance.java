package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** A participant's attendance: present, absent with leave (请假), absent without leave. */
public enum Attendance implements Labeled {
    PRESENT, LEAVE, ABSENT
}
