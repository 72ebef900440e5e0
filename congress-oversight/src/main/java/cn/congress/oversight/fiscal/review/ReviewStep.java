package cn.congress.oversight.fiscal.review;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.oversight.fiscal.review.ReviewStatus.*;

/**
 * The state machine of a calendar item, stated once: documents are uploaded while it is planned or scheduled; it is
 * put on a session's agenda (with the approval vote when the law asks for one); a resolution or review opinion is
 * recorded for an item without a vote, the vote's result decides the others.
 */
public enum ReviewStep implements Labeled {
    UPLOAD(EnumSet.of(PLANNED, SCHEDULED), null),
    SCHEDULE(EnumSet.of(PLANNED), SCHEDULED),
    RECORD_RESOLUTION(EnumSet.of(SCHEDULED), DECIDED),
    VOTE_ADOPTED(EnumSet.of(SCHEDULED), APPROVED),
    VOTE_REJECTED(EnumSet.of(SCHEDULED), NOT_APPROVED);

    private final Set<ReviewStatus> from;
    private final ReviewStatus to;

    ReviewStep(Set<ReviewStatus> from, ReviewStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ReviewStatus status) {
        return from.contains(status);
    }

    public ReviewStatus next(ReviewStatus current) {
        return to == null ? current : to;
    }
}
