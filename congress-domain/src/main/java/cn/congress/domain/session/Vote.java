package cn.congress.domain.session;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.TransitionRefused;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A vote (表决) on an agenda item: prepared, opened and closed by staff. The result is computed at closing by the
 * rule stored with the vote and never changes afterwards.
 */
@Entity
@Table(name = "vote")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Vote extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VoteKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VoteMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private VoteRule rule;

    /** Secret ballot (personnel votes): no names are shown per choice. */
    private boolean secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VoteStatus status = VoteStatus.PREPARED;

    @Column(length = 64)
    private String targetType;

    private Long targetId;

    private Instant openedAt;
    private Instant closedAt;
    private Integer participants;
    private Integer present;
    @Column(name = "yes_count")
    private Integer yes;
    @Column(name = "no_count")
    private Integer no;
    @Column(name = "abstain_count")
    private Integer abstain;
    private Integer notVoting;
    private Boolean adopted;

    @Column(length = 500)
    private String remark;

    @OneToMany(mappedBy = "vote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<VoteOption> options = new ArrayList<>();

    public Vote(AgendaItem item, String title, VoteKind kind, VoteMethod method, VoteRule rule, boolean secret,
                String targetType, Long targetId, List<String> candidates) {
        this.meeting = item.getMeeting();
        this.agendaItem = item;
        this.title = title;
        this.kind = kind;
        this.method = method;
        this.rule = rule;
        this.secret = secret;
        this.targetType = targetId == null ? item.getTargetType() : targetType;
        this.targetId = targetId == null ? item.getTargetId() : targetId;
        if (kind == VoteKind.CANDIDATES) {
            if (candidates == null || candidates.size() < 1) {
                throw new DomainException("候选人表决至少需要一名候选人");
            }
            if (method == VoteMethod.SHOW_OF_HANDS) {
                throw new DomainException("候选人表决须逐人投票，不能举手表决");
            }
            for (int i = 0; i < candidates.size(); i++) {
                options.add(new VoteOption(this, i + 1, candidates.get(i)));
            }
        }
    }

    /** 开始表决 (the quorum was checked by the service). */
    public void open(Instant now) {
        meeting.requireNotClosed();
        if (status != VoteStatus.PREPARED) {
            throw new TransitionRefused("只有待表决的事项才能开始表决");
        }
        status = VoteStatus.OPEN;
        openedAt = now;
    }

    /** Called off before it opened (the item is not put to the vote). */
    public void cancel() {
        if (status != VoteStatus.PREPARED) {
            throw new TransitionRefused("表决已开始，不能取消");
        }
        status = VoteStatus.CANCELLED;
    }

    /** 表决结束: records the tally and its result by the stored rule. */
    public boolean close(Instant now, Tally tally) {
        if (status != VoteStatus.OPEN) {
            throw new TransitionRefused(status == VoteStatus.CLOSED ? "表决已结束" : "表决尚未开始");
        }
        status = VoteStatus.CLOSED;
        closedAt = now;
        participants = tally.participants();
        present = tally.present();
        yes = tally.yes();
        no = tally.no();
        abstain = tally.abstain();
        notVoting = tally.notVoting();
        if (kind == VoteKind.CANDIDATES) {
            boolean any = false;
            for (VoteOption o : options) {
                Tally.Option t = tally.option(o.getId());
                o.record(t.yes(), t.no(), t.abstain(), rule.passes(t.yes(), tally.participants(), tally.present()));
                any |= o.getAdopted();
            }
            adopted = any;
        } else {
            adopted = rule.passes(tally.yes(), tally.participants(), tally.present());
        }
        return adopted;
    }

    /** Staff record a show-of-hands result by counts, with a remark, instead of electronic ballots. */
    public boolean closeByShowOfHands(Instant now, int participantCount, int presentCount, int yesCount, int noCount,
                                      int abstainCount, String remark) {
        if (method != VoteMethod.SHOW_OF_HANDS) {
            throw new DomainException("该事项为电子表决，不能录入举手表决结果");
        }
        if (yesCount < 0 || noCount < 0 || abstainCount < 0 || yesCount + noCount + abstainCount > presentCount) {
            throw new DomainException("举手表决票数之和不能超过出席人数 " + presentCount);
        }
        this.remark = remark;
        return close(now, new Tally(participantCount, presentCount, yesCount, noCount, abstainCount,
                presentCount - yesCount - noCount - abstainCount, List.of()));
    }

    public boolean isOpen() {
        return status == VoteStatus.OPEN;
    }

    public boolean isClosed() {
        return status == VoteStatus.CLOSED;
    }

    public VoteConcluded concluded() {
        if (!isClosed()) {
            throw new IllegalStateException("vote " + getId() + " is not closed");
        }
        return new VoteConcluded(getId(), meeting.getId(), agendaItem.getId(), targetType, targetId, adopted,
                yes, no, abstain, notVoting, participants);
    }
}
