package cn.congress.legislation.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a consultation's history. Never changed. */
@Entity
@Table(name = "consultation_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ConsultationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ConsultationStep step;

    @Column(nullable = false)
    private LocalDate occurredOn;

    @Column(length = 1000)
    private String remark;

    @Column(nullable = false, length = 64)
    private String actorName;

    @Column(nullable = false)
    private Instant createdAt;

    ConsultationEvent(long consultationId, ConsultationStep step, LocalDate occurredOn, String remark, String actorName) {
        this.consultationId = consultationId;
        this.step = step;
        this.occurredOn = occurredOn;
        this.remark = remark;
        this.actorName = actorName;
    }

    ConsultationEvent at(Instant now) {
        this.createdAt = now;
        return this;
    }
}
