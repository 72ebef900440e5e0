package cn.congress.legislation.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface LegislativePlanRepository extends JpaRepository<LegislativePlan, Long> {

    List<LegislativePlan> findAllByOrderByKindAscStartYearDesc();
}
