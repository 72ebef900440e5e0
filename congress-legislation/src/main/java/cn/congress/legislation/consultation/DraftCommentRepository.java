package cn.congress.legislation.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DraftCommentRepository extends JpaRepository<DraftComment, Long> {

    Optional<DraftComment> findByReceipt(String receipt);

    boolean existsByReceipt(String receipt);

    List<DraftComment> findByGroupId(long groupId);

    List<DraftComment> findByIdInAndBillId(List<Long> ids, long billId);
}
