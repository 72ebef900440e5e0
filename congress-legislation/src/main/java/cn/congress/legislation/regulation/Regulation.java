package cn.congress.legislation.regulation;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A local regulation (地方性法规) of the library; its texts are the {@link RegulationVersion}s. */
@Entity
@Table(name = "regulation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Regulation extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegulationStatus status = RegulationStatus.IN_FORCE;

    @Column(nullable = false)
    private int currentVersionNo = 1;

    @Column(nullable = false)
    private LocalDate firstAdoptedOn;

    /** Effective date of the current version. */
    @Column(nullable = false)
    private LocalDate effectiveOn;

    private LocalDate repealedOn;

    Regulation(String title, LocalDate adoptedOn, LocalDate effectiveOn) {
        this.title = title;
        this.firstAdoptedOn = adoptedOn;
        this.effectiveOn = effectiveOn;
    }

    /** 修正/修订: a new current version. */
    int amended(LocalDate effectiveOn) {
        requireNotRepealed("修改");
        this.status = RegulationStatus.AMENDED;
        this.effectiveOn = effectiveOn;
        return ++currentVersionNo;
    }

    /** 废止: the last text stays readable as the version before. */
    int repealed(LocalDate on) {
        requireNotRepealed("废止");
        this.status = RegulationStatus.REPEALED;
        this.repealedOn = on;
        return ++currentVersionNo;
    }

    public boolean isRepealed() {
        return status == RegulationStatus.REPEALED;
    }

    /** Promulgated but its current version not yet in effect. */
    public boolean notYetEffective(LocalDate today) {
        return !isRepealed() && today.isBefore(effectiveOn);
    }

    private void requireNotRepealed(String action) {
        if (isRepealed()) {
            throw new TransitionRefused("“" + title + "”已废止，不能再" + action);
        }
    }
}
