package cn.congress.legislation.regulation;

import java.time.LocalDate;

/** One text of a regulation (制定, 修正, 修订) or its repeal, as the pages show it. */
public record VersionRow(int versionNo, VersionKind kind, LocalDate adoptedOn, LocalDate approvedOn, LocalDate effectiveOn,
                         String announcementNo, String body) {

    static VersionRow of(RegulationVersion v) {
        return new VersionRow(v.getVersionNo(), v.getKind(), v.getAdoptedOn(), v.getApprovedOn(), v.getEffectiveOn(),
                v.getAnnouncementNo(), v.getBody());
    }
}
