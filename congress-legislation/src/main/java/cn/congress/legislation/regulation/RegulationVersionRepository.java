package cn.congress.legislation.regulation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RegulationVersionRepository extends JpaRepository<RegulationVersion, Long> {

    List<RegulationVersion> findByRegulationIdOrderByVersionNo(long regulationId);

    Optional<RegulationVersion> findByRegulationIdAndVersionNo(long regulationId, int versionNo);
}
