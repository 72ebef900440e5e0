package cn.congress.legislation.contactpoint;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ContactPointRepository extends JpaRepository<ContactPoint, Long> {

    List<ContactPoint> findAllByOrderByIdAsc();

    Optional<ContactPoint> findByOrgUnitId(long orgUnitId);

    boolean existsByOrgUnitId(long orgUnitId);
}
