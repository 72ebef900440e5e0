package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** 赞成、反对、弃权, and 未按 recorded for a present participant who did not vote by the close. */
public enum BallotChoice implements Labeled {
    YES, NO, ABSTAIN, NOT_VOTED
}
