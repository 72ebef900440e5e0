package cn.congress.domain.audit;

import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Filters of the audit log page; every field optional. Dates are inclusive, in the committee's time zone. */
public record AuditFilter(String actor, AuditAction action, String targetType, String targetId, LocalDate from, LocalDate to) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    Specification<AuditEntry> toSpecification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (actor != null && !actor.isBlank()) {
                String like = "%" + actor.trim().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("actorUsername")), like), cb.like(root.get("actorName"), like)));
            }
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (targetType != null && !targetType.isBlank()) {
                where.add(cb.equal(root.get("targetType"), targetType.trim()));
            }
            if (targetId != null && !targetId.isBlank()) {
                where.add(cb.equal(root.get("targetId"), targetId.trim()));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(ZONE).toInstant()));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(ZONE).toInstant()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
