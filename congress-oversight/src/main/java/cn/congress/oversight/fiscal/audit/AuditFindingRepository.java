package cn.congress.oversight.fiscal.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditFindingRepository extends JpaRepository<AuditFinding, Long> {
}
