package cn.congress.domain.session;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Votes: staff prepare, open (after the quorum check) and close them; participants cast one ballot each. Closing
 * computes the result from the stored ballots by the vote's rule and publishes {@link VoteConcluded} once, inside
 * the closing transaction.
 */
@Service
@RequiredArgsConstructor
public class VoteService {

    private final VoteRepository votes;
    private final SessionService sessions;
    private final BallotStore ballots;
    private final MeetingJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record NewVote(String title, VoteKind kind, VoteMethod method, VoteRule rule, boolean secret,
                          String targetType, Long targetId, List<String> candidates) {

        public static NewVote motion(String title, boolean secret) {
            return new NewVote(title, VoteKind.MOTION, VoteMethod.ELECTRONIC, VoteRule.MAJORITY_OF_ALL, secret, null, null, List.of());
        }
    }

    /** What a participant sees of a vote: the vote, whether they may vote, and their current ballot. */
    /**
     * What a participant sees of a vote: the vote, whether they may vote, whether they have, and their current ballot
     * (never for a secret vote: nothing stored says which choice was theirs).
     */
    public record BallotView(VoteView vote, boolean participant, boolean present, boolean voted, BallotChoice myChoice,
                             Map<Long, BallotChoice> myOptionChoices, boolean mayChange) {

        /** The ballot form shows: an open electronic vote, a present participant, no ballot yet or one that may change. */
        public boolean mayCast() {
            return vote.live() && participant && present && (!voted || mayChange);
        }
    }

    /** The live state for staff: ballots cast out of the present participants. */
    public record Turnout(VoteStatus status, int cast, int present, int participants) {
        public int percent() {
            return present == 0 ? 0 : cast * 100 / present;
        }
    }

    /** The printable result: the tally (stored or recomputed), names per choice unless secret. */
    public record ResultSheet(VoteView vote, Tally tally, Map<BallotChoice, List<String>> names) {
    }

    @Transactional
    public Vote prepare(long meetingId, long itemId, NewVote v) {
        SessionAccess.requireOrganiser(Caller.current(), "安排表决");
        AgendaItem item = sessions.item(meetingId, itemId);
        item.getMeeting().requireNotClosed();
        if (v.method() == VoteMethod.SHOW_OF_HANDS && v.secret()) {
            throw new DomainException("举手表决不能是无记名表决");
        }
        Vote vote = votes.save(new Vote(item, v.title().trim(), v.kind(), v.method(), v.rule(), v.secret(),
                v.targetType(), v.targetId(), v.candidates()));
        journal.record(meetingId, vote.getId(), MeetingEvent.VOTE_PREPARED, vote.getTitle());
        return vote;
    }

    @Transactional(readOnly = true)
    public Vote get(long voteId) {
        Vote v = votes.findWithItem(voteId).orElseThrow(() -> new NotFoundException("表决", voteId));
        v.getOptions().size();
        return v;
    }

    @Transactional(readOnly = true)
    public List<Vote> ofMeeting(long meetingId) {
        return votes.findByMeeting(meetingId);
    }

    /** The vote, if the caller may see its session (404 otherwise), with the steps the caller may take now. */
    @Transactional(readOnly = true)
    public VoteView view(long voteId) {
        return view(visible(voteId));
    }

    private Vote visible(long voteId) {
        Vote v = get(voteId);
        sessions.visible(v.getMeeting().getId());
        return v;
    }

    private static VoteView view(Vote v) {
        boolean runner = SessionAccess.isRunner(Caller.current());
        return VoteView.of(v, runner ? VoteStep.of(v.getStatus(), v.getMethod()) : java.util.EnumSet.noneOf(VoteStep.class));
    }

    /** Calls off a vote that has not opened, e.g. because the item is not put to the vote (不付表决). */
    @Transactional
    public void cancel(long voteId, String reason) {
        SessionAccess.requireOrganiser(Caller.current(), "取消表决");
        Vote vote = votes.lockById(voteId).orElseThrow(() -> new NotFoundException("表决", voteId));
        vote.cancel();
        journal.record(vote.getMeeting().getId(), voteId, MeetingEvent.VOTE_CANCELLED, reason);
    }

    /** Opens the vote; refused unless more than half of the participants are present. */
    @Transactional
    public void open(long voteId) {
        SessionAccess.requireRunner(Caller.current(), "开始表决");
        Vote vote = votes.lockById(voteId).orElseThrow(() -> new NotFoundException("表决", voteId));
        long meetingId = vote.getMeeting().getId();
        if (vote.getMeeting().getStatus() != SessionStatus.IN_PROGRESS) {
            throw new TransitionRefused("会议尚未开始或已闭会，不能开始表决");
        }
        SessionService.Quorum q = sessions.quorum(meetingId);
        if (!q.met()) {
            throw new TransitionRefused("出席人数 " + q.present() + " 人，未超过应出席 " + q.participants()
                    + " 人的半数（至少需要 " + q.required() + " 人），不能开始表决");
        }
        vote.open(clock.instant());
        votes.flush();
        journal.record(meetingId, voteId, MeetingEvent.VOTE_OPENED, vote.getTitle() + "（出席 " + q.present() + "/" + q.participants() + "）");
    }

    /**
     * Casts (or, where the meeting allows it, changes) the current user's ballot. {@code optionChoices} carries the
     * choice per candidate of a multi-candidate vote; {@code choice} is used otherwise.
     */
    @Transactional
    public void cast(long voteId, BallotChoice choice, Map<Long, BallotChoice> optionChoices) {
        Caller caller = Caller.current();
        if (caller.accountId() == null) {
            throw new DomainException("请先登录再投票");
        }
        long accountId = caller.accountId();
        votes.flush(); // ballots are plain SQL: make this transaction's pending changes visible to it first
        BallotStore.CastContext ctx = ballots.lockForCasting(voteId, accountId);
        if (ctx == null) {
            throw new NotFoundException("表决", voteId);
        }
        if (ctx.participantId() == null) {
            throw new DomainException("您不是本次会议的表决人员，不能投票");
        }
        SessionAccess.requireVoter(caller, ctx.sessionKind());
        if (ctx.status() != VoteStatus.OPEN) {
            throw new TransitionRefused(ctx.status() == VoteStatus.CLOSED ? "表决已结束，不能再投票" : "表决尚未开始");
        }
        if (ctx.method() != VoteMethod.ELECTRONIC) {
            throw new DomainException("该事项为举手表决，无需在系统中投票");
        }
        if (ctx.attendance() != Attendance.PRESENT) {
            throw new DomainException("您已请假或未出席本次会议，不能投票");
        }
        boolean candidates = ctx.kind() == VoteKind.CANDIDATES;
        if (!candidates && (choice == null || choice == BallotChoice.NOT_VOTED)) {
            throw new DomainException("请选择赞成、反对或弃权");
        }
        if (candidates) {
            validateOptions(voteId, optionChoices);
        }
        BallotChoice stored = candidates ? null : choice;
        if (ctx.secret()) {
            if (!ballots.insertSecret(voteId, ctx.participantId(), stored, candidates ? optionChoices : Map.of(), clock.instant())) {
                throw new DomainException("您已投票：无记名表决的选票投出后不能更改");
            }
            return;
        }
        Long ballotId = ballots.insert(voteId, ctx.participantId(), stored, clock.instant());
        if (ballotId == null) {
            if (!ctx.changeAllowed()) {
                throw new DomainException("您已投票，本次会议规则不允许更改");
            }
            ballotId = ballots.change(voteId, ctx.participantId(), stored, clock.instant());
        }
        if (candidates) {
            ballots.replaceOptionChoices(ballotId, optionChoices);
        }
    }

    private void validateOptions(long voteId, Map<Long, BallotChoice> optionChoices) {
        Vote vote = get(voteId);
        Set<Long> ids = new HashSet<>();
        vote.getOptions().forEach(o -> ids.add(o.getId()));
        if (optionChoices == null || !optionChoices.keySet().equals(ids)
                || optionChoices.values().stream().anyMatch(c -> c == null || c == BallotChoice.NOT_VOTED)) {
            throw new DomainException("请对每一位候选人选择赞成、反对或弃权");
        }
    }

    /** Closes the vote: records 未按 for non-voters, computes the result and publishes {@link VoteConcluded}. */
    @Transactional
    public VoteConcluded close(long voteId) {
        SessionAccess.requireRunner(Caller.current(), "结束表决");
        ballots.lockForClosing(voteId);
        Vote vote = votes.lockById(voteId).orElseThrow(() -> new NotFoundException("表决", voteId));
        if (vote.getMethod() == VoteMethod.SHOW_OF_HANDS) {
            throw new DomainException("举手表决请录入表决结果");
        }
        long meetingId = vote.getMeeting().getId();
        votes.flush();
        if (vote.isOpen() && !vote.isSecret()) {
            // a secret vote counts 未按 as present participants not on the roll, without a row per person
            ballots.recordNotVoting(voteId, meetingId, clock.instant());
        }
        boolean adopted = vote.close(clock.instant(), ballots.tally(voteId, meetingId, vote.isSecret()));
        return conclude(vote, adopted);
    }

    /** Records a show-of-hands result by counts with a remark, and concludes the vote. */
    @Transactional
    public VoteConcluded recordShowOfHands(long voteId, int yes, int no, int abstain, String remark) {
        SessionAccess.requireRunner(Caller.current(), "录入举手表决结果");
        Vote vote = votes.lockById(voteId).orElseThrow(() -> new NotFoundException("表决", voteId));
        SessionService.Quorum q = sessions.quorum(vote.getMeeting().getId());
        boolean adopted = vote.closeByShowOfHands(clock.instant(), q.participants(), q.present(), yes, no, abstain, remark);
        return conclude(vote, adopted);
    }

    private VoteConcluded conclude(Vote vote, boolean adopted) {
        votes.flush();
        VoteConcluded event = vote.concluded();
        journal.record(vote.getMeeting().getId(), vote.getId(), MeetingEvent.VOTE_CLOSED,
                vote.getTitle() + "：赞成 " + vote.getYes() + "，反对 " + vote.getNo() + "，弃权 " + vote.getAbstain()
                        + "，未按 " + vote.getNotVoting() + "，" + (adopted ? "通过" : "未通过"));
        events.publishEvent(event);
        return event;
    }

    @Transactional(readOnly = true)
    public Turnout turnout(long voteId) {
        Vote vote = visible(voteId);
        SessionService.Quorum q = sessions.quorum(vote.getMeeting().getId());
        return new Turnout(vote.getStatus(), ballots.castCount(voteId, vote.isSecret()), q.present(), q.participants());
    }

    /** The tally recomputed from the stored ballots (equal to the stored result of a closed electronic vote). */
    @Transactional(readOnly = true)
    public Tally recount(long voteId) {
        Vote vote = get(voteId);
        return ballots.tally(voteId, vote.getMeeting().getId(), vote.isSecret());
    }

    @Transactional(readOnly = true)
    public ResultSheet resultSheet(long voteId) {
        Vote vote = visible(voteId);
        if (!vote.isClosed()) {
            throw new DomainException("表决尚未结束，没有结果");
        }
        Tally tally = new Tally(vote.getParticipants(), vote.getPresent(), vote.getYes(), vote.getNo(), vote.getAbstain(),
                vote.getNotVoting(), vote.getOptions().stream()
                .map(o -> new Tally.Option(o.getId(), o.getYes(), o.getNo(), o.getAbstain())).toList());
        Map<BallotChoice, List<String>> names = vote.isSecret() || vote.getMethod() == VoteMethod.SHOW_OF_HANDS
                ? Map.of() : ballots.namesByChoice(voteId);
        return new ResultSheet(view(vote), tally, names);
    }

    /** The ballot page of the current user. */
    @Transactional(readOnly = true)
    public BallotView ballotView(long voteId) {
        Vote vote = visible(voteId);
        Long accountId = Caller.current().accountId();
        Participant p = accountId == null ? null : sessions.participantOf(vote.getMeeting().getId(), accountId).orElse(null);
        if (p == null) {
            return new BallotView(view(vote), false, false, false, null, Map.of(), false);
        }
        if (vote.isSecret()) {
            return new BallotView(view(vote), true, p.isPresent(), !ballots.votedAmong(accountId, List.of(voteId)).isEmpty(), null,
                    Map.of(), false);
        }
        BallotChoice mine = ballots.choiceOf(voteId, p.getId());
        Map<Long, BallotChoice> options = vote.getKind() == VoteKind.CANDIDATES ? ballots.optionChoicesOf(voteId, p.getId()) : Map.of();
        return new BallotView(view(vote), true, p.isPresent(), mine != null, mine, options, vote.getMeeting().isBallotChangeAllowed());
    }

    /**
     * Whether the calling account has a ballot in the vote: one indexed look-up, for a ballot request that only needs
     * to refuse a second submission (the ballot page's {@link #ballotView} reads the whole vote for display).
     */
    @Transactional(readOnly = true)
    public boolean hasVoted(long voteId) {
        Long accountId = Caller.current().accountId();
        return accountId != null && !ballots.votedAmong(accountId, List.of(voteId)).isEmpty();
    }

    /** Open votes in which the account may vote, with whether it has voted already: one statement, so no transaction of its own. */
    public List<Pending> openFor(long accountId) {
        return ballots.openFor(accountId);
    }

    /** An open vote the account may vote in, and whether it has. */
    public record Pending(long voteId, String title, String meetingTitle, boolean voted) {
    }

    /** Every open vote, for staff. */
    @Transactional(readOnly = true)
    public List<VoteRow> allOpen() {
        SessionAccess.requireRunner(Caller.current(), "查看全部表决");
        return votes.findByStatusWithMeeting(VoteStatus.OPEN).stream().map(VoteRow::of).toList();
    }
}
