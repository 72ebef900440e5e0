package cn.congress.domain.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

import java.util.List;

/** Read-only on purpose: entries are written by {@link AuditLog} only, and nothing updates or deletes them. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);

    List<AuditEntry> findTop10ByOrderByOccurredAtDesc();

    List<AuditEntry> findByTargetTypeAndTargetIdOrderByOccurredAtDesc(String targetType, String targetId);
}
