package cn.congress.web.demo;

import cn.congress.domain.shared.ApplicationClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Demo history with its own dates: a step run {@code on} a day happens at that moment for every service it calls
 * (through {@link ApplicationClock}), so timelines, 提请日期 and saved times read like a year of work in workflow order
 * instead of the moment the demo was loaded.
 */
public final class DemoTime {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DemoTime() {
    }

    /** Runs the step on {@code day} at 09:30 (office hours). */
    public static void on(LocalDate day, Runnable step) {
        at(day.atTime(9, 30), step);
    }

    public static <T> T on(LocalDate day, Supplier<T> step) {
        return at(day.atTime(9, 30), step);
    }

    public static void at(LocalDateTime moment, Runnable step) {
        ApplicationClock.at(moment.atZone(ZONE).toInstant(), step);
    }

    public static <T> T at(LocalDateTime moment, Supplier<T> step) {
        return ApplicationClock.at(moment.atZone(ZONE).toInstant(), step);
    }
}
