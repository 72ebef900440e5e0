package cn.congress.legislation.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommentGroupRepository extends JpaRepository<CommentGroup, Long> {

    List<CommentGroup> findByBillIdOrderByIdAsc(long billId);
}
