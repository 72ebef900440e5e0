package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** 承诺事项: what an answer promises to do by a date, tracked until done. */
@Entity
@Table(name = "suggestion_commitment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionCommitment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggestion_id")
    private Suggestion suggestion;

    @Column(nullable = false, length = 500)
    private String content;

    @Column(nullable = false)
    private LocalDate dueOn;

    private LocalDate doneOn;

    @Column(length = 500)
    private String doneNote;

    SuggestionCommitment(Suggestion suggestion, String content, LocalDate dueOn) {
        this.suggestion = suggestion;
        this.content = content;
        this.dueOn = dueOn;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    void fulfil(LocalDate on, String note) {
        this.doneOn = on;
        this.doneNote = note;
    }
}
