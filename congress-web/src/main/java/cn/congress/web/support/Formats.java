package cn.congress.web.support;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times the Chinese way (2026年11月21日, 2026年11月21日 14:05), in the committee's time zone.
 * Templates call it as {@code ${@fmt.date(x)}}.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock;

    public Formats(Clock clock) {
        this.clock = clock;
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy年M月");

    public String date(Object value) {
        TemporalAccessor t = zoned(value);
        return t == null ? "" : DATE.format(t);
    }

    /**
     * A moment as 2026年11月21日 14:05; a day, or a history entry dated by day (its instant is exactly the day's
     * midnight, see {@code TimelineDays}), as the day alone.
     */
    public String dateTime(Object value) {
        TemporalAccessor t = zoned(value);
        boolean dayOnly = value instanceof LocalDate
                || (value instanceof Instant i && i.atZone(ZONE).toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
        return t == null ? "" : dayOnly ? DATE.format(t) : DATE_TIME.format(t);
    }

    public String month(Object value) {
        TemporalAccessor t = zoned(value);
        return t == null ? "" : MONTH.format(t);
    }

    /** Today, in the committee's time zone, as 2026年11月21日. */
    public String today() {
        return DATE.format(LocalDate.now(clock.withZone(ZONE)));
    }

    /** True for an instant still ahead (a lock that has not expired). */
    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(clock.instant());
    }

    /** File sizes as people read them: 12 KB, 3.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static TemporalAccessor zoned(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i.atZone(ZONE);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass());
    }
}
