package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** A vote is prepared, then opened and closed by staff; a closed vote never changes. */
public enum VoteStatus implements Labeled {
    PREPARED, OPEN, CLOSED
}
