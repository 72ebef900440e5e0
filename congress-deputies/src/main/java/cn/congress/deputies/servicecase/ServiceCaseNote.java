package cn.congress.deputies.servicecase;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A progress note of a petition case or one session of a mediation. */
@Entity
@Table(name = "service_case_note")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ServiceCaseNote extends AuditedEntity {

    private long caseId;
    @Column(nullable = false)
    private LocalDate notedOn;
    @Column(nullable = false, length = 16)
    private String kind;
    @Column(nullable = false, length = 2000)
    private String text;
    @Column(nullable = false, length = 64)
    private String author;

    ServiceCaseNote(long caseId, LocalDate notedOn, String kind, String text, String author) {
        this.caseId = caseId;
        this.notedOn = notedOn;
        this.kind = kind;
        this.text = text.trim();
        this.author = author;
    }
}
