package cn.congress.domain.notification;

import cn.congress.domain.shared.AuditIgnored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** A message in a user's notification centre. Not audited: it is a copy of an event already audited elsewhere. */
@Entity
@AuditIgnored
@Table(name = "notification")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long recipientId;

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "text")
    private String body;

    /** A path inside the application, e.g. /suggestions/42. */
    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    public boolean isUnread() {
        return readAt == null;
    }
}
