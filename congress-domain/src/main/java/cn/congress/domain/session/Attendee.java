package cn.congress.domain.session;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A non-voting attendee (列席): heads of the supervised organs, invited deputies, district SC chairs. */
@Entity
@Table(name = "meeting_attendee")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Attendee extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 200)
    private String organ;

    public Attendee(Meeting meeting, String name, String organ) {
        this.meeting = meeting;
        this.name = name;
        this.organ = organ;
    }
}
