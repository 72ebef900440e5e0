package cn.congress.legislation.consultation;

import java.time.LocalDate;

/**
 * Filters of the triage list; null means any. {@code articleNo} 0 means comments on the whole draft;
 * {@code undecided} true keeps only comments without a decision.
 */
public record CommentFilter(Long consultationId, Integer articleNo, CommentChannel channel, SourceKind sourceKind, LocalDate from,
                            LocalDate to, Decision decision, Boolean undecided, Moderation moderation, Long groupId) {

    public static CommentFilter none() {
        return new CommentFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
