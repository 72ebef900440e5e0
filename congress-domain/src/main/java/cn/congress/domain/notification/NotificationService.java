package cn.congress.domain.notification;

import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** The in-app notification centre. */
@Service
@RequiredArgsConstructor
public class NotificationService {

    private final NotificationRepository notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReferenceData cache;

    /**
     * Sends a notification to each recipient. With a {@code dedupeKey}, a recipient who already got a notification
     * with that key gets nothing new, so a reminder job that runs twice does not notify twice.
     * Returns how many were sent.
     */
    @Transactional
    public int send(Collection<Long> recipientIds, String title, String body, String link, String dedupeKey) {
        Timestamp now = Timestamp.from(clock.instant());
        cache.changed("notification");
        int sent = 0;
        for (Long recipientId : recipientIds) {
            sent += jdbc.update("""
                    insert into notification (recipient_id, title, body, link, created_at, dedupe_key)
                    values (?, ?, ?, ?, ?, ?) on conflict (recipient_id, dedupe_key) do nothing
                    """, recipientId, title, body, link, now, dedupeKey);
        }
        return sent;
    }

    /** The badge of every page: kept per recipient until a notification is sent or read, so a page costs no query for it. */
    public long unreadCount(long recipientId) {
        return cache.get("notification", recipientId, () -> notifications.countByRecipientIdAndReadAtIsNull(recipientId));
    }

    /**
     * The recipient's newest unread notifications, at most {@code limit} (every dashboard's card): kept with the badge's
     * count, until a notification is sent or read, so a dashboard opened again costs no query for it.
     */
    public List<NotificationRow> latestUnread(long recipientId, int limit) {
        return cache.get("notification", new LatestUnread(recipientId, limit), () -> List.copyOf(jdbc.query("""
                select id, title, body, created_at from notification where recipient_id = ? and read_at is null
                order by created_at desc, id desc limit ?
                """, (rs, i) -> new NotificationRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), true), recipientId, limit)));
    }

    private record LatestUnread(long recipientId, int limit) {
    }

    @Transactional(readOnly = true)
    public Page<NotificationRow> page(long recipientId, boolean unreadOnly, Pageable pageable) {
        return (unreadOnly ? notifications.findByRecipientIdAndReadAtIsNull(recipientId, pageable)
                : notifications.findByRecipientId(recipientId, pageable)).map(NotificationRow::of);
    }

    /** Marks one of the recipient's own notifications read; another user's id answers 404. Returns its link. */
    @Transactional
    public String markRead(long recipientId, long notificationId) {
        Notification n = notifications.findByIdAndRecipientId(notificationId, recipientId)
                .orElseThrow(() -> new NotFoundException("通知", notificationId));
        cache.changed("notification");
        notifications.markRead(notificationId, recipientId, clock.instant());
        return n.getLink();
    }

    @Transactional
    public int markAllRead(long recipientId) {
        cache.changed("notification");
        return notifications.markAllRead(recipientId, clock.instant());
    }
}
