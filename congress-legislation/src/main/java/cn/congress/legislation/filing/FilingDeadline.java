package cn.congress.legislation.filing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The deadline a filing currently runs against, seen on {@code today}: due on {@code dueOn}; {@code overdue} once that day
 * has passed, {@code dueSoon} within {@link #WARNING_DAYS} days before it.
 */
public record FilingDeadline(DeadlineKind kind, LocalDate dueOn, boolean overdue, boolean dueSoon, long daysLeft) {

    /** Days before a deadline from which it is announced and highlighted. */
    public static final int WARNING_DAYS = 7;

    static FilingDeadline of(DeadlineKind kind, LocalDate dueOn, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, dueOn);
        return new FilingDeadline(kind, dueOn, left < 0, left >= 0 && left <= WARNING_DAYS, left);
    }

    /** Overdue or due within the warning days. */
    public boolean needsAttention() {
        return overdue || dueSoon;
    }
}
