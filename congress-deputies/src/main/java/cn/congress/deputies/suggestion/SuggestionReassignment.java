package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import cn.congress.domain.org.OrgUnit;

/** A unit's request to be relieved of a suggestion assigned to it (申请调整交办), decided by staff. */
@Entity
@Table(name = "suggestion_reassignment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionReassignment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(nullable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReassignmentDecision decision = ReassignmentDecision.PENDING;

    @Column(length = 500)
    private String decidedNote;

    SuggestionReassignment(Suggestion suggestion, OrgUnit orgUnit, String reason) {
        this.suggestion = suggestion;
        this.orgUnit = orgUnit;
        this.reason = reason;
    }

    void decide(ReassignmentDecision decision, String note) {
        this.decision = decision;
        this.decidedNote = note;
    }
}
