package cn.congress.deputies.activity;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** One activity with its participants. */
@Entity
@Table(name = "deputy_activity")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DeputyActivity extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActivityKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours = BigDecimal.ZERO;

    @Column(length = 100)
    private String location;

    private Long groupId;

    private Long stationId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
    private List<Participant> participants = new ArrayList<>();

    DeputyActivity(ActivityKind kind, String title, LocalDate heldOn, BigDecimal hours, String location, Long groupId, Long stationId,
                   Collection<Long> deputyIds) {
        this.kind = kind;
        this.title = title.trim();
        this.heldOn = heldOn;
        this.hours = hours == null ? BigDecimal.ZERO : hours;
        this.location = location == null || location.isBlank() ? null : location.trim();
        this.groupId = groupId;
        this.stationId = stationId;
        deputyIds.stream().distinct().forEach(id -> participants.add(new Participant(id)));
    }

    /** The participant confirms attendance (once; confirming again changes nothing). */
    void confirm(long deputyId, Instant at) {
        Participant p = participants.stream().filter(x -> x.getDeputyId() == deputyId).findFirst()
                .orElseThrow(() -> new DomainException("您不在该活动的参加人员名单中"));
        if (p.getConfirmedAt() == null) {
            p.confirm(at);
        }
    }
}
