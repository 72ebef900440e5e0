package cn.congress.deputies.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByTermIdOrderBySortOrder(Long termId);
}
