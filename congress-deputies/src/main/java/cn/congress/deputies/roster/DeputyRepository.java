package cn.congress.deputies.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface DeputyRepository extends JpaRepository<Deputy, Long> {

    Optional<Deputy> findByUserAccountId(Long userAccountId);

    long countByTermIdAndStatus(Long termId, DeputyStatus status);
}
