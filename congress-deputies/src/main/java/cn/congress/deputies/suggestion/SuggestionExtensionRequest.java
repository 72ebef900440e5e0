package cn.congress.deputies.suggestion;

import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** The lead unit's request for a later answer deadline (申请延期), with a reason and a proposed date; staff decide. */
@Entity
@Table(name = "suggestion_extension_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionExtensionRequest extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private LocalDate proposedDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReassignmentDecision decision = ReassignmentDecision.PENDING;

    @Column(length = 500)
    private String decidedNote;

    SuggestionExtensionRequest(Suggestion suggestion, OrgUnit orgUnit, String reason, LocalDate proposedDue) {
        this.suggestion = suggestion;
        this.orgUnit = orgUnit;
        this.reason = reason;
        this.proposedDue = proposedDue;
    }

    void decide(ReassignmentDecision decision, String note) {
        this.decision = decision;
        this.decidedNote = note;
    }
}
