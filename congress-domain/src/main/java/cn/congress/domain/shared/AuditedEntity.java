package cn.congress.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import java.time.Instant;

/**
 * Base of every mutable aggregate: identity, optimistic-locking version and who/when columns.
 * Changes to subclasses are written to the audit log by {@code EntityChangeAuditor}.
 */
@Getter
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @AuditIgnored
    private long version;

    @CreatedDate
    @AuditIgnored
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @AuditIgnored
    @Column(updatable = false, length = 64)
    private String createdBy;

    @LastModifiedDate
    @AuditIgnored
    private Instant updatedAt;

    @LastModifiedBy
    @AuditIgnored
    @Column(length = 64)
    private String updatedBy;

    public boolean isNew() {
        return id == null;
    }

    /**
     * Refuses an edit made on a stale copy: the form carried {@code expectedVersion}, somebody saved since.
     */
    public void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }
}
