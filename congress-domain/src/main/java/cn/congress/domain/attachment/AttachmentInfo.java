package cn.congress.domain.attachment;

import java.time.Instant;

/** An attachment without its content, for lists. */
public record AttachmentInfo(Long id, String fileName, String contentType, long size, Instant createdAt, String createdBy) {
}
