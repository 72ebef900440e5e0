package cn.congress.domain.notification;

import cn.congress.domain.shared.SystemTask;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the deadline reminders of every {@link ReminderSource} once a day. ShedLock keeps it to one run per
 * schedule when several application instances share the database.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class DailyReminderJob {

    private final List<ReminderSource> sources;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    @Scheduled(cron = "${congress.jobs.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void runScheduled() {
        SystemTask.run(() -> run(LocalDate.now(clock)));
    }

    /** Sends what is due on {@code today}; returns the number of notifications sent. */
    @Transactional
    public int run(LocalDate today) {
        int sent = 0;
        for (ReminderSource source : sources) {
            int fromSource = 0;
            for (Reminder r : source.remindersDue(today)) {
                fromSource += notifications.send(r.recipientIds(), r.title(), r.body(), r.link(), r.dedupeKey());
            }
            log.info("Reminders from {}: {} sent", source.name(), fromSource);
            sent += fromSource;
        }
        auditLog.record(AuditAction.JOB_RUN, "DailyReminderJob", today, "每日期限提醒：发送 " + sent + " 条");
        return sent;
    }
}
