package cn.congress.domain.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period a figure covers: dates from {@code from} inclusive to {@code to} exclusive, in the committee's time
 * zone (a record made at 23:59 on 31 December in Asia/Shanghai belongs to that year).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period must not be empty: " + from + " – " + to);
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The same period one year earlier, for the year-on-year change. */
    public Period previousYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
