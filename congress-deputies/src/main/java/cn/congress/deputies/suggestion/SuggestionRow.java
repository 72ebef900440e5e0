package cn.congress.deputies.suggestion;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a suggestion list: the columns the lists and exports show, read in one statement. */
public record SuggestionRow(long id, String registrationNumber, String title, SuggestionKind kind, SuggestionCategory category,
                            SuggestionStatus status, String leadDeputyName, String delegationName, String leadUnitName,
                            LocalDate assignedOn, LocalDate dueOn, boolean keySupervised, String bundleTheme,
                            String answerCategory, String satisfaction, int round, Instant submittedAt, boolean published,
                            boolean overdue, boolean dueSoon) {

    public boolean motion() {
        return kind == SuggestionKind.MOTION;
    }

    /** Waiting for the lead deputy's evaluation (in a deputy's to-do list, the others wait for a signature). */
    public boolean awaitingEvaluation() {
        return status == SuggestionStatus.ANSWERED;
    }
}
