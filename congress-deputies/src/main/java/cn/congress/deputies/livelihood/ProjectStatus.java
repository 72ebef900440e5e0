package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** The states of a livelihood project (domain guide §6.4), with residents' proposals awaiting moderation first. */
public enum ProjectStatus implements Labeled {
    PENDING_MODERATION, REJECTED, PROPOSED, MERGED, SCREENED_OUT, CANDIDATE, CANDIDATE_CONFIRMED, ON_BALLOT,
    SELECTED, NOT_SELECTED, IMPLEMENTING, DELAYED, COMPLETED, EVALUATED, RECTIFYING, RECTIFIED;

    /** Adopted by the vote (and on the way through implementation and evaluation). */
    public static final Set<ProjectStatus> ADOPTED = EnumSet.of(SELECTED, IMPLEMENTING, DELAYED, COMPLETED, EVALUATED,
            RECTIFYING, RECTIFIED);

    /** On the candidate list (or beyond): what deputies and members read. */
    public static final Set<ProjectStatus> LISTED = EnumSet.of(CANDIDATE, CANDIDATE_CONFIRMED, ON_BALLOT, SELECTED,
            NOT_SELECTED, IMPLEMENTING, DELAYED, COMPLETED, EVALUATED, RECTIFYING, RECTIFIED);

    /** Left out during collection or screening: the proposer sees the reason. */
    public static final Set<ProjectStatus> LEFT_OUT = EnumSet.of(REJECTED, MERGED, SCREENED_OUT);

    public static final Set<ProjectStatus> DONE = EnumSet.of(COMPLETED, EVALUATED, RECTIFYING, RECTIFIED);

    public boolean isAdopted() {
        return ADOPTED.contains(this);
    }
}
