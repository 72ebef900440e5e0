package cn.congress.domain.appointment;

import java.time.LocalDate;

/** An appointment letter (任命书) as printed: the decision, the session, the signing chair. */
public record LetterView(long itemId, long motionId, String letterNumber, String decisionText, String sessionTitle,
                         String chairName, LocalDate date) {
}
