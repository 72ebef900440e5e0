package cn.congress.legislation.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface LegislativeEvaluationRepository extends JpaRepository<LegislativeEvaluation, Long> {

    @Query("select e from LegislativeEvaluation e join fetch e.regulation order by e.startedOn desc, e.id desc")
    List<LegislativeEvaluation> findAllWithRegulation();

    @Query("select e from LegislativeEvaluation e where e.regulation.id = :regulationId order by e.startedOn desc")
    List<LegislativeEvaluation> findByRegulation(long regulationId);
}
