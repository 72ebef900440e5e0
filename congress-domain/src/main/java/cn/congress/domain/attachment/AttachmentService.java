package cn.congress.domain.attachment;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Stores and serves attachments. The type is decided from the file's first bytes, not from its name or the
 * browser's word, and only document and image types the committee uses are accepted.
 */
@Service
@RequiredArgsConstructor
public class AttachmentService {

    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private final AttachmentRepository attachments;

    @Transactional
    public Attachment store(String ownerType, long ownerId, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("附件为空，请重新选择文件");
        }
        if (content.length > MAX_SIZE) {
            throw new DomainException("附件不能超过20MB");
        }
        String contentType = FileTypes.sniff(fileName, content)
                .orElseThrow(() -> new DomainException("不支持的附件类型：仅接受 PDF、Word、Excel、OFD、图片（PNG/JPG）和纯文本"));
        return attachments.save(new Attachment(ownerType, ownerId, FileTypes.safeName(fileName), contentType, content));
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(String ownerType, long ownerId) {
        return attachments.findInfos(ownerType, ownerId);
    }

    /** The attachment, provided it belongs to the given owner (callers check the owner's visibility first). */
    @Transactional(readOnly = true)
    public Attachment get(String ownerType, long ownerId, long id) {
        Attachment a = attachments.findById(id).orElseThrow(() -> new NotFoundException("附件", id));
        if (!a.getOwnerType().equals(ownerType) || !a.getOwnerId().equals(ownerId)) {
            throw new NotFoundException("附件", id);
        }
        a.getContent();
        return a;
    }

    @Transactional
    public void delete(String ownerType, long ownerId, long id) {
        attachments.delete(get(ownerType, ownerId, id));
    }
}
