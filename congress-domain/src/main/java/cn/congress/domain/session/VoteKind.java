package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** 赞成/反对/弃权 on a motion, a choice per candidate, or a satisfaction vote (满意/不满意/弃权). */
public enum VoteKind implements Labeled {
    MOTION, CANDIDATES, SATISFACTION;

    /** The rule as this kind of vote states it: a satisfaction vote counts 满意 votes, not 赞成 votes. */
    public String ruleKey(VoteRule rule) {
        return this == SATISFACTION ? "satisfaction.rule." + rule.name() : rule.getMessageKey();
    }
}
