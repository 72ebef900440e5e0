package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** 赞成/反对/弃权 on a motion, a choice per candidate, or a satisfaction vote (满意/不满意/弃权). */
public enum VoteKind implements Labeled {
    MOTION, CANDIDATES, SATISFACTION
}
