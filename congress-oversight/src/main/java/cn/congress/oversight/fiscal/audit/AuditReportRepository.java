package cn.congress.oversight.fiscal.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditReportRepository extends JpaRepository<AuditReport, Long> {
}
