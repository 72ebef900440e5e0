package cn.congress.legislation.regulation;

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
import java.time.LocalDate;

/**
 * One text of a regulation as adopted (制定, each 修正/修订) or the repeal record; never changed once written, so the
 * text of a repealed regulation stays readable.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "regulation_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RegulationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long regulationId;

    @Column(nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionKind kind;

    @Column(nullable = false)
    private LocalDate adoptedOn;

    private LocalDate approvedOn;
    private LocalDate promulgatedOn;

    @Column(nullable = false)
    private LocalDate effectiveOn;

    @Column(length = 100)
    private String announcementNo;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    /** Set from the Clock bean by Spring Data auditing when the row is first written. */
    @CreatedDate
    @Column(nullable = false)
    private Instant createdAt;

    @Column(length = 64)
    private String createdBy;

    RegulationVersion(long regulationId, int versionNo, VersionKind kind, Adoption adoption, String body, String createdBy) {
        this.regulationId = regulationId;
        this.versionNo = versionNo;
        this.kind = kind;
        this.adoptedOn = adoption.adoptedOn();
        this.approvedOn = adoption.approvedOn();
        this.promulgatedOn = adoption.promulgatedOn();
        this.effectiveOn = adoption.effectiveOn();
        this.announcementNo = adoption.announcementNo();
        this.note = adoption.note();
        this.body = body;
        this.createdBy = createdBy;
    }
}
