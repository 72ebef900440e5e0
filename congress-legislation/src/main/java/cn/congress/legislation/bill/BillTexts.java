package cn.congress.legislation.bill;

import java.time.Instant;

/** Read models of a bill's texts and documents. */
public final class BillTexts {

    private BillTexts() {
    }

    /** One stage's text; {@code body} is the whole text (the list pages ignore it). */
    public record Version(long id, VersionStage stage, String body, String note, boolean frozen, Instant savedAt) {

        static Version of(BillVersion v) {
            return new Version(v.getId(), v.getStage(), v.getBody(), v.getNote(), v.isFrozen(),
                    v.getUpdatedAt() != null ? v.getUpdatedAt() : v.getCreatedAt());
        }
    }

    /** A document of the bill (起草说明, 审议结果的报告…), written in or uploaded. */
    public record Document(long id, DocumentType type, String title, String body, Long attachmentId, Instant createdAt) {

        static Document of(BillDocument d) {
            return new Document(d.getId(), d.getType(), d.getTitle(), d.getBody(), d.getAttachmentId(), d.getCreatedAt());
        }
    }
}
