package cn.congress.domain.attachment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("""
            select new cn.congress.domain.attachment.AttachmentInfo(a.id, a.fileName, a.contentType, a.size, a.createdAt, a.createdBy)
            from Attachment a where a.ownerType = :ownerType and a.ownerId = :ownerId order by a.id
            """)
    List<AttachmentInfo> findInfos(@Param("ownerType") String ownerType, @Param("ownerId") Long ownerId);
}
