package cn.congress.oversight.inspection;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A deputy in a topic's inspection group (or on its visit or research), by id and name as the roster gave them. */
@Entity
@Table(name = "oversight_topic_deputy")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TopicDeputy extends AuditedEntity {

    @Column(nullable = false)
    private long topicId;

    @Column(nullable = false)
    private long deputyId;

    @Column(nullable = false, length = 200)
    private String deputyName;

    @Column(nullable = false)
    private LocalDate tookPartOn;

    TopicDeputy(long topicId, long deputyId, String deputyName, LocalDate tookPartOn) {
        this.topicId = topicId;
        this.deputyId = deputyId;
        this.deputyName = deputyName;
        this.tookPartOn = tookPartOn;
    }
}
