package cn.congress.legislation.consultation;

import java.time.Instant;

/** What the holder of a receipt sees: their comment, whether it is public, and the decision once made. No contact data. */
public record ReceiptView(String receipt, long consultationId, String consultationTitle, Integer articleNo, String body, Instant submittedAt,
                          Moderation moderation, Decision decision, String decisionReason, boolean feedbackPublished) {

    public String articleLabel() {
        return ArticleLabels.of(articleNo);
    }
}
