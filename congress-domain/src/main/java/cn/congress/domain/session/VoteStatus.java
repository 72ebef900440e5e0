package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** A vote is prepared, then opened and closed by staff; a closed vote never changes. */
public enum VoteStatus implements Labeled {
    PREPARED, OPEN, CLOSED,
    /** Not held: the item was taken off the vote before it opened (e.g. 不付表决). */
    CANCELLED
}
