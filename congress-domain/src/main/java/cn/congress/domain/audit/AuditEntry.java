package cn.congress.domain.audit;

import cn.congress.domain.shared.AuditIgnored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One line of the audit log. Rows are inserted by {@link AuditLog} and never changed: the entity is immutable
 * here and a database trigger refuses UPDATE and DELETE.
 */
@Entity
@Immutable
@AuditIgnored
@Table(name = "audit_entry")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditEntry {

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    private Long actorId;

    @Column(nullable = false)
    private String actorUsername;

    private String actorName;

    private String ip;

    private String actorRole;

    @Column(nullable = false)
    private String outcome;

    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    private String targetType;

    private String targetId;

    private String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    private String beforeValue;

    @JdbcTypeCode(SqlTypes.JSON)
    private String afterValue;
}
