package cn.congress.legislation.bill;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface BillRepository extends JpaRepository<Bill, Long> {

    @EntityGraph(attributePaths = {"project", "project.plan"})
    @Query("""
            select b from Bill b
            where (:status is null or b.status = :status)
              and (:kind is null or b.kind = :kind)
              and (:enactingBody is null or b.enactingBody = :enactingBody)
              and (:q is null or b.title like concat('%', cast(:q as string), '%'))
            """)
    Page<Bill> page(BillStatus status, BillKind kind, EnactingBody enactingBody, String q, Pageable pageable);

    List<Bill> findByStatus(BillStatus status);

    @Query("select b.status, count(b) from Bill b group by b.status")
    List<Object[]> countByStatus();
}
