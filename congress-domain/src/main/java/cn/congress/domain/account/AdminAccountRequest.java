package cn.congress.domain.account;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** A change to an administrator's account asked for by the system administrator, decided by the security administrator. */
@Entity
@Table(name = "admin_account_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AdminAccountRequest extends AuditedEntity {

    public enum RequestKind implements Labeled { RESET_PASSWORD, DISABLE, ENABLE }

    public enum RequestStatus implements Labeled { PENDING, APPROVED, REJECTED }

    @Column(nullable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestKind kind;

    @Column(nullable = false, length = 200)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status;

    @Column(nullable = false, length = 64)
    private String requestedBy;

    @Column(length = 64)
    private String decidedBy;

    private Instant decidedAt;

    AdminAccountRequest(long targetId, RequestKind kind, String reason, String requestedBy) {
        this.targetId = targetId;
        this.kind = kind;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.status = RequestStatus.PENDING;
    }

    void decide(boolean approved, String by, Instant at) {
        if (status != RequestStatus.PENDING) {
            throw new DomainException("该申请已处理");
        }
        this.status = approved ? RequestStatus.APPROVED : RequestStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isPending() {
        return status == RequestStatus.PENDING;
    }
}
