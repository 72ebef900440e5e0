package cn.congress.domain.notification;

import java.time.Instant;

/** A notification as the notification centre and the dashboard card list it. */
public record NotificationRow(long id, String title, String body, Instant createdAt, boolean unread) {

    static NotificationRow of(Notification n) {
        return new NotificationRow(n.getId(), n.getTitle(), n.getBody(), n.getCreatedAt(), n.isUnread());
    }
}
