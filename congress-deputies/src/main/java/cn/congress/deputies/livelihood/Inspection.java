package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** An inspection by the project's supervision group (视察、督查), with who took part and what they found. */
@Entity(name = "LivelihoodInspection")
@Table(name = "livelihood_inspection")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Inspection extends AuditedEntity {

    private long projectId;
    private LocalDate inspectedOn;
    private String participants;
    private String findings;

    Inspection(long projectId, LocalDate inspectedOn, String participants, String findings) {
        this.projectId = projectId;
        this.inspectedOn = inspectedOn;
        this.participants = participants.trim();
        this.findings = findings.trim();
    }
}
