package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** Electronic ballots from each participant's account, or a show of hands counted by staff. */
public enum VoteMethod implements Labeled {
    ELECTRONIC, SHOW_OF_HANDS
}
