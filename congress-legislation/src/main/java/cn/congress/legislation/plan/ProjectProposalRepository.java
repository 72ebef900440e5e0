package cn.congress.legislation.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ProjectProposalRepository extends JpaRepository<ProjectProposal, Long> {

    @Query("select p from ProjectProposal p left join fetch p.project where p.plan.id = :planId order by p.receivedOn, p.id")
    List<ProjectProposal> findByPlan(long planId);
}
