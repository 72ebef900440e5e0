package cn.congress.deputies.station;

import cn.congress.deputies.roster.Deputy;
import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** 接待日: a date and hours when deputies on duty receive residents at a station. */
@Entity
@Table(name = "reception_day")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReceptionDay extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id")
    private LiaisonStation station;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private LocalTime startsAt;

    @Column(nullable = false)
    private LocalTime endsAt;

    @Column(length = 200)
    private String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "reception_day_deputy", joinColumns = @JoinColumn(name = "reception_day_id"),
            inverseJoinColumns = @JoinColumn(name = "deputy_id"))
    private Set<Deputy> onDuty = new HashSet<>();

    public ReceptionDay(LiaisonStation station, LocalDate day, LocalTime startsAt, LocalTime endsAt, String note, Collection<Deputy> onDuty) {
        this.station = station;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.onDuty.addAll(onDuty);
    }
}
