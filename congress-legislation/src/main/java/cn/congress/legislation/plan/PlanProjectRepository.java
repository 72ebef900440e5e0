package cn.congress.legislation.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface PlanProjectRepository extends JpaRepository<PlanProject, Long> {

    @Query("select p from PlanProject p join fetch p.plan where p.plan.id = :planId order by p.category, p.sortOrder, p.id")
    List<PlanProject> findByPlan(long planId);

    @Query("select p from PlanProject p join fetch p.plan pl where pl.kind = cn.congress.legislation.plan.PlanKind.ANNUAL order by pl.startYear desc, p.sortOrder")
    List<PlanProject> findAnnualProjects();
}
