package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import cn.congress.domain.org.OrgUnit;
import java.time.Instant;

/** 协办单位 and the opinion it sends to the lead unit. */
@Entity
@Table(name = "suggestion_co_unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionCoUnit extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    private String opinion;

    private Instant opinionAt;

    SuggestionCoUnit(Suggestion suggestion, OrgUnit orgUnit) {
        this.suggestion = suggestion;
        this.orgUnit = orgUnit;
    }

    void giveOpinion(String opinion, Instant at) {
        this.opinion = opinion;
        this.opinionAt = at;
    }
}
