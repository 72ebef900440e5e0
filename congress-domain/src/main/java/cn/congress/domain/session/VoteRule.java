package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/**
 * How a vote's result is decided; stored with the vote. The default for laws, decisions and appointments is a
 * majority of ALL participants, not of those present (地方组织法第五十一条; 监督法第六十二条).
 */
public enum VoteRule implements Labeled {
    /** 赞成票超过全体组成人员（代表）的半数. */
    MAJORITY_OF_ALL,
    /** 赞成票超过出席人员的半数. */
    MAJORITY_OF_PRESENT,
    /** 赞成票达到全体组成人员（代表）的三分之二以上. */
    TWO_THIRDS_OF_ALL;

    public boolean passes(int yes, int participants, int present) {
        return switch (this) {
            case MAJORITY_OF_ALL -> 2L * yes > participants;
            case MAJORITY_OF_PRESENT -> 2L * yes > present;
            case TWO_THIRDS_OF_ALL -> 3L * yes >= 2L * participants && participants > 0;
        };
    }
}
