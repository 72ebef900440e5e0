package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

/** One handling round: its deadline, the lead unit's answer and the lead deputy's evaluation. */
@Entity
@Table(name = "suggestion_round")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionRound extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    private int number;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Column(length = 16)
    private String answerCategory;

    private String answer;

    private Instant answeredAt;

    @Column(length = 64)
    private String answeredBy;

    @Column(length = 32)
    private String satisfaction;

    private String evaluation;

    private Instant evaluatedAt;

    SuggestionRound(Suggestion suggestion, int number, LocalDate dueOn) {
        this.suggestion = suggestion;
        this.number = number;
        this.dueOn = dueOn;
    }

    void answer(String category, String text, Instant at, String by) {
        this.answerCategory = category;
        this.answer = text;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    void evaluate(String satisfaction, String comment, Instant at) {
        this.satisfaction = satisfaction;
        this.evaluation = comment;
        this.evaluatedAt = at;
    }

    void moveDeadline(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
