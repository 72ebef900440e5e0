package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** Where a suggestion (or motion) stands; the allowed moves between them are {@link SuggestionStep}. */
public enum SuggestionStatus implements Labeled {
    DRAFT, SUBMITTED, RETURNED, WITHDRAWN, MERGED, MOTION, MOTION_LISTED, REGISTERED, ASSIGNED, RETURN_REQUESTED,
    IN_PROGRESS, ANSWERED, DISSATISFIED, REHANDLING, FOLLOW_UP, CLOSED;

    /** States in which a unit owes an answer and a deadline runs. */
    public static final Set<SuggestionStatus> HANDLING = EnumSet.of(ASSIGNED, RETURN_REQUESTED, IN_PROGRESS, REHANDLING);

    /** States in which the handling units may see the suggestion. */
    public static final Set<SuggestionStatus> ASSIGNED_OR_LATER = EnumSet.of(ASSIGNED, RETURN_REQUESTED, IN_PROGRESS,
            ANSWERED, DISSATISFIED, REHANDLING, FOLLOW_UP, CLOSED);

    /** States in which a response exists and may be published. */
    public static final Set<SuggestionStatus> PUBLISHABLE = EnumSet.of(ANSWERED, DISSATISFIED, REHANDLING, FOLLOW_UP, CLOSED);

    public boolean isHandling() {
        return HANDLING.contains(this);
    }
}
