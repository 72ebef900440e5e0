package cn.congress.deputies.livelihood;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

/** Repositories of the implementation records of a project. */
interface MilestoneRepository extends JpaRepository<Milestone, Long> {
    List<Milestone> findByProjectIdOrderByPlannedOnAscIdAsc(long projectId);

    List<Milestone> findByProjectIdInOrderByPlannedOnAscIdAsc(Collection<Long> projectIds);
}

interface ProgressRepository extends JpaRepository<ProgressReport, Long> {
    List<ProgressReport> findByProjectIdOrderByReportedOnDescIdDesc(long projectId);
}

interface SupervisorRepository extends JpaRepository<Supervisor, Long> {
    List<Supervisor> findByProjectIdOrderById(long projectId);

    boolean existsByProjectIdAndAccountId(long projectId, long accountId);

    List<Supervisor> findByAccountId(long accountId);
}

interface SupervisionInspectionRepository extends JpaRepository<Inspection, Long> {
    List<Inspection> findByProjectIdOrderByInspectedOnDescIdDesc(long projectId);
}

interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {
    List<Adjustment> findByProjectIdOrderByDecidedOnDescIdDesc(long projectId);
}

interface EventRepository extends JpaRepository<ProjectEvent, Long> {
    List<ProjectEvent> findByProjectIdOrderByAtAscIdAsc(long projectId);

    List<ProjectEvent> findByProjectIdAndShownPubliclyTrueOrderByAtAscIdAsc(long projectId);
}
