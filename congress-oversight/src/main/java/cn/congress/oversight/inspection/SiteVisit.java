package cn.congress.oversight.inspection;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** One site visit of an investigation: where and when, what was seen, the problems found; photos are attachments. */
@Entity
@Table(name = "oversight_site_visit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SiteVisit extends AuditedEntity {

    @Column(nullable = false)
    private long inspectionId;

    @Column(nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 3000)
    private String observed;

    @Column(length = 3000)
    private String problems;

    SiteVisit(long inspectionId, LocalDate visitDate, String place, String observed, String problems) {
        this.inspectionId = inspectionId;
        this.visitDate = visitDate;
        this.place = place.trim();
        this.observed = observed.trim();
        this.problems = problems == null || problems.isBlank() ? null : problems.trim();
    }
}
