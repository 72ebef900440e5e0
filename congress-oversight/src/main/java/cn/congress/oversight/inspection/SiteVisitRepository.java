package cn.congress.oversight.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SiteVisitRepository extends JpaRepository<SiteVisit, Long> {
    List<SiteVisit> findByInspectionIdOrderByVisitDateAscIdAsc(long inspectionId);
}
