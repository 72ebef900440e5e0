package cn.congress.legislation.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Legislation's history is dated by day (a reading, a filing are recorded with the day they happened, often after
 * the fact); a timeline entry takes an instant, so the day becomes its first instant in the committee's time zone,
 * which the page shows as the day alone.
 */
public final class TimelineDays {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TimelineDays() {
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
