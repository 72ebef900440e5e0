package cn.congress.domain.member;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ScMemberRepository extends JpaRepository<ScMember, Long> {

    List<ScMember> findByTermIdAndActiveTrueOrderBySortOrderAscIdAsc(Long termId);

    List<ScMember> findByTermIdOrderBySortOrderAscIdAsc(Long termId);

    Optional<ScMember> findFirstByTermIdAndPositionAndActiveTrue(Long termId, ScPosition position);

    boolean existsByTermIdAndUserAccountId(Long termId, Long userAccountId);

    boolean existsByTermIdAndUserAccountIdAndIdNot(Long termId, Long userAccountId, Long id);

    /** The term's members, serving first, each with the username and name of the account they vote from. */
    @Query("""
            select new cn.congress.domain.member.ScMemberService$Row(m, a.username, a.displayName)
            from ScMember m left join UserAccount a on a.id = m.userAccountId
            where m.term.id = ?1 order by m.active desc, m.sortOrder, m.id
            """)
    List<ScMemberService.Row> roster(Long termId);
}
