package cn.congress.legislation.consultation;

import java.time.Instant;
import java.util.Set;

/**
 * A comment in the triage list. Contact data is masked; the full value is shown only through
 * {@link CommentTriage#revealContact}, which is audited.
 */
public record CommentRow(long id, String receipt, Long consultationId, Integer articleNo, String body, CommentChannel channel,
                         SourceKind sourceKind, String authorName, String maskedContact, Moderation moderation, String hiddenReason,
                         Decision decision, String decisionReason, Instant submittedAt, Long duplicateOfId, Long groupId, String groupTitle,
                         String contactPointName, String meeting, Integer peopleConsulted, String expertName, String hearingTitle,
                         Set<CommentAction> actions) {

    public boolean can(String action) {
        return actions.contains(CommentAction.valueOf(action));
    }

    public String articleLabel() {
        return ArticleLabels.of(articleNo);
    }
}
