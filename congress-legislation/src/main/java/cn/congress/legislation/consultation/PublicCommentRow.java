package cn.congress.legislation.consultation;

import java.time.Instant;

/** A published comment as the public page shows it: no name, no contact, no receipt. */
public record PublicCommentRow(Integer articleNo, String body, Instant submittedAt) {

    public String articleLabel() {
        return ArticleLabels.of(articleNo);
    }
}
