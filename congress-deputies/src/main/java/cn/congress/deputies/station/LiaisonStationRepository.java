package cn.congress.deputies.station;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface LiaisonStationRepository extends JpaRepository<LiaisonStation, Long> {

    Optional<LiaisonStation> findByManagerAccountId(Long accountId);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);
}
