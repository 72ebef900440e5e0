package cn.congress.domain.attachment;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A file attached to a record of any module ({@code ownerType} + {@code ownerId}), kept in the database so that
 * application instances stay stateless. The content is loaded only when downloaded.
 */
@Entity
@Table(name = "attachment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Attachment extends AuditedEntity {

    @Column(nullable = false, length = 64)
    private String ownerType;

    @Column(nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false, length = 100)
    private String contentType;

    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    Attachment(String ownerType, Long ownerId, String fileName, String contentType, byte[] content) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
    }
}
