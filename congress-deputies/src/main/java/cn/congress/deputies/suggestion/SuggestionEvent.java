package cn.congress.deputies.suggestion;

import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** One step of a suggestion's timeline: who did what, when, with which remark. Never changed once written. */
@Entity
@Table(name = "suggestion_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SuggestionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus toStatus;

    private String remark;

    SuggestionEvent(Suggestion suggestion, Instant occurredAt, String actor, String step, SuggestionStatus fromStatus,
                    SuggestionStatus toStatus, String remark) {
        this.suggestion = suggestion;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.remark = remark;
    }

    /** Message key of the step's label: a {@link SuggestionStep} or a note such as a contact record. */
    public String getStepKey() {
        return "suggestion.event." + step;
    }
}
