package cn.congress.deputies.roster;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface DeputyRepository extends JpaRepository<Deputy, Long> {

    Optional<Deputy> findByUserAccountId(Long userAccountId);

    long countByTermIdAndStatus(Long termId, DeputyStatus status);

    Optional<Deputy> findByCardNumber(String cardNumber);

    @EntityGraph(attributePaths = {"delegation"})
    @Query("""
            select d from Deputy d where d.term.id = :termId
              and (:delegationId is null or d.delegation.id = :delegationId)
              and (:status is null or d.status = :status)
              and (:groupId is null or d.id in (select m.id from Deputy m join m.groups g where g.id = :groupId))
              and (:q = '' or d.name like concat('%', :q, '%') or d.cardNumber = :q or d.sector like concat('%', :q, '%'))
            """)
    Page<Deputy> search(Long termId, Long delegationId, Long groupId, DeputyStatus status, String q, Pageable pageable);

    @EntityGraph(attributePaths = {"delegation", "groups"})
    @Query("select d from Deputy d where d.term.id = :termId order by d.delegation.sortOrder, d.id")
    List<Deputy> findRoster(Long termId);

    @EntityGraph(attributePaths = {"delegation", "groups", "term"})
    @Query("select d from Deputy d where d.id = :id")
    Optional<Deputy> findDetailed(long id);

    @EntityGraph(attributePaths = {"delegation"})
    @Query("select d from Deputy d where d.term.id = :termId and d.status = cn.congress.deputies.roster.DeputyStatus.SERVING order by d.delegation.sortOrder, d.id")
    List<Deputy> findServing(Long termId);
}
