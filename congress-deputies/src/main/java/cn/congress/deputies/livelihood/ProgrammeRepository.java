package cn.congress.deputies.livelihood;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ProgrammeRepository extends JpaRepository<LivelihoodProgramme, Long> {

    List<LivelihoodProgramme> findByCongressOrgIdOrderByYearDesc(long congressOrgId);

    Optional<LivelihoodProgramme> findByCongressOrgIdAndYear(long congressOrgId, int year);

    List<LivelihoodProgramme> findByLevelAndStatusNotOrderByYearDesc(Level level, ProgrammeStatus status);

    List<LivelihoodProgramme> findByYear(int year);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from LivelihoodProgramme p where p.id = ?1")
    Optional<LivelihoodProgramme> lockById(long id);
}
