package cn.congress.oversight.history;

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

/** One step of the oversight loop, as the topic page's timeline shows it. Written once, never changed. */
@Entity
@Table(name = "oversight_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class OversightEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long topicId;

    private Long opinionId;

    private Long problemId;

    /** The message key of the step (a step enum's label). */
    @Column(nullable = false, length = 64)
    private String step;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actorName;

    @Column(length = 2000)
    private String remark;

    @Column(length = 200)
    private String linkHref;

    @Column(length = 200)
    private String linkText;

    OversightEvent(long topicId, Long opinionId, Long problemId, String step, Instant at, String actorName, String remark,
                   String linkHref, String linkText) {
        this.topicId = topicId;
        this.opinionId = opinionId;
        this.problemId = problemId;
        this.step = step;
        this.at = at;
        this.actorName = actorName;
        this.remark = remark == null || remark.length() <= 2000 ? remark : remark.substring(0, 2000);
        this.linkHref = linkHref;
        this.linkText = linkText;
    }
}
