package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** A session's state: planned, in progress (votes may be opened), closed. */
public enum SessionStatus implements Labeled {
    PLANNED, IN_PROGRESS, CLOSED
}
