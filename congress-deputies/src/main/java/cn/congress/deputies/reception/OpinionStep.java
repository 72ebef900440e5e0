package cn.congress.deputies.reception;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** The steps of an opinion and the states each may be taken from. */
public enum OpinionStep implements Labeled {
    SETTLE(EnumSet.of(OpinionStatus.RECEIVED)),
    TRANSFER(EnumSet.of(OpinionStatus.RECEIVED)),
    SUGGEST(EnumSet.of(OpinionStatus.RECEIVED)),
    ANSWER(EnumSet.of(OpinionStatus.TRANSFERRED)),
    FEEDBACK(EnumSet.of(OpinionStatus.SETTLED, OpinionStatus.ANSWERED, OpinionStatus.SUGGESTED));

    private final Set<OpinionStatus> from;

    OpinionStep(Set<OpinionStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(OpinionStatus status) {
        return from.contains(status);
    }
}
