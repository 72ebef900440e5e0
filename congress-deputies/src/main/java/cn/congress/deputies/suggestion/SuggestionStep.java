package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.deputies.suggestion.SuggestionStatus.*;

/**
 * The state machine of a suggestion (domain guide 6.2), stated once: each step names the states it may start
 * from and the state it leads to. {@link Suggestion} refuses any other move.
 */
public enum SuggestionStep implements Labeled {
    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED),
    WITHDRAW(EnumSet.of(SUBMITTED), WITHDRAWN),
    RETURN(EnumSet.of(SUBMITTED, MOTION), RETURNED),
    MERGE(EnumSet.of(SUBMITTED), MERGED),
    ACCEPT(EnumSet.of(SUBMITTED), REGISTERED),
    MARK_MOTION(EnumSet.of(SUBMITTED), MOTION),
    LIST_MOTION(EnumSet.of(MOTION), MOTION_LISTED),
    CONVERT_TO_SUGGESTION(EnumSet.of(MOTION), REGISTERED),
    ASSIGN(EnumSet.of(REGISTERED), ASSIGNED),
    REQUEST_REASSIGNMENT(EnumSet.of(ASSIGNED, IN_PROGRESS), RETURN_REQUESTED),
    REASSIGN(EnumSet.of(RETURN_REQUESTED), ASSIGNED),
    REFUSE_REASSIGNMENT(EnumSet.of(RETURN_REQUESTED), IN_PROGRESS),
    START(EnumSet.of(ASSIGNED), IN_PROGRESS),
    ANSWER(EnumSet.of(ASSIGNED, IN_PROGRESS, REHANDLING), ANSWERED),
    DISSATISFY(EnumSet.of(ANSWERED), SuggestionStatus.DISSATISFIED),
    REHANDLE(EnumSet.of(SuggestionStatus.DISSATISFIED), REHANDLING),
    FOLLOW_UP(EnumSet.of(ANSWERED, SuggestionStatus.DISSATISFIED), SuggestionStatus.FOLLOW_UP),
    CLOSE(EnumSet.of(ANSWERED, SuggestionStatus.DISSATISFIED, SuggestionStatus.FOLLOW_UP), CLOSED);

    private final Set<SuggestionStatus> from;
    private final SuggestionStatus to;

    SuggestionStep(Set<SuggestionStatus> from, SuggestionStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(SuggestionStatus status) {
        return from.contains(status);
    }

    public SuggestionStatus to() {
        return to;
    }
}
