package cn.congress.legislation.bill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a bill's timeline: who did which step when, from which status to which, at which session. Never changed. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "bill_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BillEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long billId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BillStep step;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private BillStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BillStatus toStatus;

    @Column(nullable = false)
    private LocalDate occurredOn;

    private Long sessionId;

    @Column(length = 200)
    private String sessionTitle;

    private Long agendaItemId;

    @Column(length = 2000)
    private String remark;

    @Column(nullable = false, length = 64)
    private String actorName;

    /** Set from the Clock bean by Spring Data auditing when the row is first written. */
    @CreatedDate
    @Column(nullable = false)
    private Instant createdAt;

    BillEvent(long billId, BillStep step, BillStatus fromStatus, BillStatus toStatus, LocalDate occurredOn, SessionRef session,
              String remark, String actorName) {
        this.billId = billId;
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.occurredOn = occurredOn;
        if (session != null) {
            this.sessionId = session.sessionId();
            this.sessionTitle = session.title();
            this.agendaItemId = session.agendaItemId();
        }
        this.remark = remark;
        this.actorName = actorName;
    }

    /** The agenda item created for this step (before the row is saved). */
    BillEvent withAgendaItem(Long agendaItemId) {
        this.agendaItemId = agendaItemId;
        return this;
    }
}
