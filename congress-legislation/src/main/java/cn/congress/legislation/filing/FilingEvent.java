package cn.congress.legislation.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** History row of a filing review. Never changed. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "filing_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FilingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long filingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FilingStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FilingStatus toStatus;

    @Column(length = 2000)
    private String remark;

    @Column(nullable = false, length = 64)
    private String actorName;

    /** Set from the Clock bean by Spring Data auditing when the row is first written. */
    @CreatedDate
    @Column(nullable = false)
    private Instant createdAt;

    FilingEvent(long filingId, FilingStep step, FilingStatus toStatus, String remark, String actorName) {
        this.filingId = filingId;
        this.step = step;
        this.toStatus = toStatus;
        this.remark = remark;
        this.actorName = actorName;
    }
}
