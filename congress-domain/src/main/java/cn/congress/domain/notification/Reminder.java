package cn.congress.domain.notification;

import java.util.Collection;

/**
 * A reminder a {@link ReminderSource} wants sent today. {@code dedupeKey} names the occasion, e.g.
 * {@code suggestion-42-due-7d}: the same key is sent to a recipient only once.
 */
public record Reminder(Collection<Long> recipientIds, String title, String body, String link, String dedupeKey) {
}
