package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** What staff may do with a vote now: open it, close an electronic one, enter a show of hands. */
public enum VoteStep implements Labeled {
    OPEN, CLOSE, RECORD_SHOW_OF_HANDS;

    static Set<VoteStep> of(VoteStatus status, VoteMethod method) {
        Set<VoteStep> steps = EnumSet.noneOf(VoteStep.class);
        if (status == VoteStatus.PREPARED) {
            steps.add(OPEN);
        }
        if (status == VoteStatus.OPEN) {
            steps.add(method == VoteMethod.ELECTRONIC ? CLOSE : RECORD_SHOW_OF_HANDS);
        }
        return steps;
    }
}
