package cn.congress.legislation.regulation;

import java.time.LocalDate;

/** Dates and number of one adoption (or repeal) of a regulation text. */
public record Adoption(LocalDate adoptedOn, LocalDate approvedOn, LocalDate promulgatedOn, LocalDate effectiveOn,
                       String announcementNo, String note) {
}
