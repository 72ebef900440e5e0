package cn.congress.legislation.regulation;

import java.time.LocalDate;

/** A regulation as its pages show it: name, standing and dates. */
public record RegulationSummary(long id, String title, RegulationStatus status, LocalDate effectiveOn, LocalDate repealedOn) {

    static RegulationSummary of(Regulation r) {
        return new RegulationSummary(r.getId(), r.getTitle(), r.getStatus(), r.getEffectiveOn(), r.getRepealedOn());
    }

    public boolean isRepealed() {
        return status == RegulationStatus.REPEALED;
    }

    /** Promulgated but its current version not yet in effect. */
    public boolean notYetEffective(LocalDate today) {
        return !isRepealed() && today.isBefore(effectiveOn);
    }
}
