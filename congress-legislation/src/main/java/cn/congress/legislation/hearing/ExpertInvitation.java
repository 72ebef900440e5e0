package cn.congress.legislation.hearing;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** An expert invited to a consultation or to a 论证会/听证会. */
@Entity
@Table(name = "expert_invitation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ExpertInvitation extends AuditedEntity {

    @Column(nullable = false)
    private long expertId;

    private Long consultationId;

    private Long hearingId;

    @Column(nullable = false)
    private LocalDate invitedOn;

    ExpertInvitation(long expertId, Long consultationId, Long hearingId, LocalDate invitedOn) {
        this.expertId = expertId;
        this.consultationId = consultationId;
        this.hearingId = hearingId;
        this.invitedOn = invitedOn;
    }
}
