package cn.congress.domain.appointment;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/**
 * The registry (任职登记): a person held a post of an organ from {@code startDate} (inclusive) until
 * {@code endDate} (exclusive: the day of removal belongs to the successor), or still holds it.
 */
@Entity
@Table(name = "post_holding")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PostHolding extends AuditedEntity {

    @Column(nullable = false, length = 64)
    private String personName;

    @Column(nullable = false, length = 200)
    private String post;

    @Column(nullable = false, length = 200)
    private String organ;

    @Column(nullable = false)
    private LocalDate startDate;

    private LocalDate endDate;

    private Long startItemId;

    private Long endItemId;

    PostHolding(String personName, String post, String organ, LocalDate startDate, Long startItemId) {
        this.personName = personName;
        this.post = post;
        this.organ = organ;
        this.startDate = startDate;
        this.startItemId = startItemId;
    }

    void end(LocalDate on, Long itemId) {
        this.endDate = on.isBefore(startDate) ? startDate : on;
        this.endItemId = itemId;
    }

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || day.isBefore(endDate));
    }

    public boolean isCurrent() {
        return endDate == null;
    }
}
