package cn.congress.domain.session;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A session (会议): 人民代表大会会议, 常委会第N次会议 or 主任会议, numbered per kind within the term. */
@Entity
@Table(name = "meeting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Meeting extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SessionKind kind;

    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private LocalDate startDate;

    private LocalDate endDate;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status = SessionStatus.PLANNED;

    /** The meeting's rule: may a participant change a ballot while the vote is still open. */
    private boolean ballotChangeAllowed;

    public Meeting(Term term, SessionKind kind, int number, LocalDate startDate, LocalDate endDate, String place,
                   boolean ballotChangeAllowed) {
        this.term = term;
        this.kind = kind;
        this.number = number;
        this.title = kind.title(term, number);
        this.startDate = startDate;
        this.endDate = endDate;
        this.place = place;
        this.ballotChangeAllowed = ballotChangeAllowed;
    }

    public void reschedule(LocalDate startDate, LocalDate endDate, String place, boolean ballotChangeAllowed) {
        requireNotClosed();
        this.startDate = startDate;
        this.endDate = endDate;
        this.place = place;
        this.ballotChangeAllowed = ballotChangeAllowed;
    }

    /** 宣布开会. */
    public void start() {
        if (status != SessionStatus.PLANNED) {
            throw new TransitionRefused("只有筹备中的会议才能宣布开始");
        }
        status = SessionStatus.IN_PROGRESS;
    }

    /** 闭会; open votes must be closed first (checked by the service). */
    public void close() {
        if (status != SessionStatus.IN_PROGRESS) {
            throw new TransitionRefused("只有进行中的会议才能闭会");
        }
        status = SessionStatus.CLOSED;
    }

    public void requireNotClosed() {
        if (status == SessionStatus.CLOSED) {
            throw new TransitionRefused("会议已闭会，不能再修改");
        }
    }

    public boolean isClosed() {
        return status == SessionStatus.CLOSED;
    }

    public SessionSummary summary() {
        return new SessionSummary(getId(), kind.name(), title, startDate, isClosed());
    }
}
