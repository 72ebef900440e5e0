package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** What staff may do with a session, and from which states: the session's transitions, stated once. */
public enum SessionStep implements Labeled {
    /** 修改会议信息. */
    EDIT(EnumSet.of(SessionStatus.PLANNED, SessionStatus.IN_PROGRESS)),
    /** 编排议程、上传文件、安排表决、登记出席. */
    ARRANGE(EnumSet.of(SessionStatus.PLANNED, SessionStatus.IN_PROGRESS)),
    /** 宣布开会. */
    START(EnumSet.of(SessionStatus.PLANNED)),
    /** 宣布闭会. */
    CLOSE(EnumSet.of(SessionStatus.IN_PROGRESS));

    private final Set<SessionStatus> from;

    SessionStep(Set<SessionStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(SessionStatus status) {
        return from.contains(status);
    }

    static Set<SessionStep> from(SessionStatus status) {
        Set<SessionStep> steps = EnumSet.noneOf(SessionStep.class);
        for (SessionStep s : values()) {
            if (s.allowedFrom(status)) {
                steps.add(s);
            }
        }
        return steps;
    }
}
