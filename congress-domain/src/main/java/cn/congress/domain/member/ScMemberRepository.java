package cn.congress.domain.member;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ScMemberRepository extends JpaRepository<ScMember, Long> {

    List<ScMember> findByTermIdAndActiveTrueOrderBySortOrderAscIdAsc(Long termId);

    List<ScMember> findByTermIdOrderBySortOrderAscIdAsc(Long termId);

    Optional<ScMember> findFirstByTermIdAndPositionAndActiveTrue(Long termId, ScPosition position);

    boolean existsByTermIdAndUserAccountId(Long termId, Long userAccountId);
}
