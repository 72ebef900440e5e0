package cn.congress.legislation.consultation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface DraftCommentRepository extends JpaRepository<DraftComment, Long> {

    Optional<DraftComment> findByReceipt(String receipt);

    boolean existsByReceipt(String receipt);

    @Query("""
            select c from DraftComment c where c.consultationId = :consultationId and c.clientKey = :clientKey
              and c.bodyHash = :bodyHash and c.submittedAt > :since order by c.submittedAt desc limit 1
            """)
    Optional<DraftComment> recentSame(long consultationId, String clientKey, String bodyHash, Instant since);

    List<DraftComment> findByGroupId(long groupId);

    List<DraftComment> findByIdInAndBillId(List<Long> ids, long billId);
}
