package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

/** Why a round of the vote was held: the main vote, a re-vote between tied projects, or one to fill a shortfall. */
public enum BallotPurpose implements Labeled {
    MAIN, TIE, SHORTFALL
}
