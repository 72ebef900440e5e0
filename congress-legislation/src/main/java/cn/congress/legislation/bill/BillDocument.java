package cn.congress.legislation.bill;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A document of a bill (起草说明, 审议结果报告 …): written text, an uploaded file, or both. */
@Entity
@Table(name = "bill_document")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class BillDocument extends AuditedEntity {

    @Column(nullable = false)
    private long billId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "text")
    private String body;

    private Long attachmentId;

    BillDocument(long billId, DocumentType type, String title, String body, Long attachmentId) {
        this.billId = billId;
        this.type = type;
        this.title = title;
        this.body = body;
        this.attachmentId = attachmentId;
    }
}
