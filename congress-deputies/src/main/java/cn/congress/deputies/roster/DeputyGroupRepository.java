package cn.congress.deputies.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DeputyGroupRepository extends JpaRepository<DeputyGroup, Long> {

    List<DeputyGroup> findByTermIdOrderByKindAscNameAsc(Long termId);
}
