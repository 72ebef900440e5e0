package cn.congress.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's {@link Clock} bean: the system clock in the application's zone, except inside {@link #at}, where
 * the current thread reads a fixed moment. Loading history with its real dates (the demo data's year of work) runs its
 * steps inside {@code at}, so every "now" the services read — record timestamps, the audit trail, today's date for
 * deadlines — is the moment the step happened, and the same services that serve the pages write it.
 */
public final class ApplicationClock extends Clock {

    private static final ThreadLocal<Instant> FIXED = new ThreadLocal<>();

    private final Clock system;

    public ApplicationClock(ZoneId zone) {
        this.system = Clock.system(zone);
    }

    /** Runs {@code work} with this thread's clock at {@code moment}; the previous moment (or none) is restored after. */
    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant previous = FIXED.get();
        FIXED.set(moment);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                FIXED.remove();
            } else {
                FIXED.set(previous);
            }
        }
    }

    public static void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ApplicationClock(zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = FIXED.get();
        return fixed != null ? fixed : system.instant();
    }
}
