package cn.congress.legislation.hearing;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Who took part in a hearing and for which side (陈述人), or an expert at a 论证会. */
@Entity
@Table(name = "hearing_participant")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class HearingParticipant extends AuditedEntity {

    @Column(nullable = false)
    private long hearingId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(length = 100)
    private String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HearingSide side;

    private Long expertId;

    HearingParticipant(long hearingId, String name, String affiliation, HearingSide side, Long expertId) {
        this.hearingId = hearingId;
        this.name = name;
        this.affiliation = affiliation;
        this.side = side;
        this.expertId = expertId;
    }
}
