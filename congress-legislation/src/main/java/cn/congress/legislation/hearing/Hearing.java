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

import java.time.LocalDate;

/** A 听证会 or 论证会 held on a bill: when, where, the record. Its participants and opinions are kept beside it. */
@Entity
@Table(name = "hearing")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Hearing extends AuditedEntity {

    @Column(nullable = false)
    private long billId;

    @Column(nullable = false)
    private long billVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HearingKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(columnDefinition = "text")
    private String record;

    Hearing(long billId, long billVersionId, HearingKind kind, String title, LocalDate heldOn, String place, String record) {
        this.billId = billId;
        this.billVersionId = billVersionId;
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.record = record;
    }
}
