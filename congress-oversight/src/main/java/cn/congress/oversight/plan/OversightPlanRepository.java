package cn.congress.oversight.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OversightPlanRepository extends JpaRepository<OversightPlan, Long> {

    Optional<OversightPlan> findByYear(int year);

    List<OversightPlan> findAllByOrderByYearDesc();
}
