package cn.congress.web.support;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/** Form tokens only guard against repeats within minutes; a day later they are dropped. */
@Component
@RequiredArgsConstructor
class FormTokenCleanup {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "form-token-cleanup", lockAtMostFor = "PT10M")
    void removeOldTokens() {
        jdbc.update("delete from form_submission where submitted_at < ?", Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
    }
}
