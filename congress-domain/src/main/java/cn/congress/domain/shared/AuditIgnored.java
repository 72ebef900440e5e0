package cn.congress.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose changes are bookkeeping, not business data (versions, counters of failed logins),
 * or a whole entity type that must not be audited field by field (the audit log itself, notifications).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface AuditIgnored {
}
