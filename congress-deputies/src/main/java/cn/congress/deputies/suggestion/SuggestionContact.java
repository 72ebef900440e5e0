package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import cn.congress.domain.org.OrgUnit;
import java.time.LocalDate;

/** 沟通联系: a handling unit's contact with the deputy (date, way, content). */
@Entity
@Table(name = "suggestion_contact")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionContact extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(nullable = false)
    private LocalDate contactDate;

    @Column(nullable = false, length = 32)
    private String way;

    @Column(nullable = false)
    private String content;

    SuggestionContact(Suggestion suggestion, OrgUnit orgUnit, LocalDate contactDate, String way, String content) {
        this.suggestion = suggestion;
        this.orgUnit = orgUnit;
        this.contactDate = contactDate;
        this.way = way;
        this.content = content;
    }
}
