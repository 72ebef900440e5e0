package cn.congress.deputies.suggestion;

import java.time.Instant;

/** A published suggestion with its latest answer, as anybody may read it. */
public record PublicSuggestion(long id, String registrationNumber, String title, String leadDeputyName, String leadUnitName,
                               SuggestionCategory category, String answerCategory, String answer, Instant answeredAt) {
}
