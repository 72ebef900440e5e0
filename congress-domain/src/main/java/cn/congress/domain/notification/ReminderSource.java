package cn.congress.domain.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by a module that has deadlines (suggestion answers, review-opinion reports, approval windows):
 * the daily reminder job asks every source for the reminders due on a day and sends them.
 */
public interface ReminderSource {

    /** A short Chinese name for the job log, e.g. 代表建议办理期限. */
    String name();

    List<Reminder> remindersDue(LocalDate today);
}
