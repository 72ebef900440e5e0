package cn.congress.deputies.livelihood;

import cn.congress.domain.account.Role;
import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.session.Tally;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteConcluded;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteOption;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 票决: the confirmed candidate list is put to the congress session as a candidate vote of the sessions module (one
 * secret, electronic vote per round; deputies mark 赞成/不赞成/弃权 per candidate on one page). When staff close a
 * round, {@link VoteConcluded} brings its counts here: {@link Selection} decides, a tie or a shortfall may call for
 * another round, and when none does the adopted list becomes the congress's decision.
 */
@Service
@RequiredArgsConstructor
public class LivelihoodVoting {

    private final LivelihoodService service;
    private final ProgrammeRepository programmes;
    private final ProjectRepository projects;
    private final BallotRepository ballots;
    private final LivelihoodAccess access;
    private final History history;
    private final VoteService votes;
    private final SessionAgenda agenda;
    private final DocumentNumbers numbers;
    private final Rules rules;
    private final Clock clock;

    /** Puts the confirmed candidates to the vote at a congress session; the tie and shortfall rules are fixed now. */
    @Transactional
    public long putToVote(long programmeId, long sessionId) {
        LivelihoodProgramme p = programmes.lockById(programmeId).orElseThrow(() -> new NotFoundException("民生实事项目", programmeId));
        access.require(Caller.current(), p, ProgrammeStep.PUT_TO_VOTE);
        SessionSummary session = agenda.find(sessionId).orElseThrow(() -> new NotFoundException("会议", sessionId));
        if (!SessionKind.CONGRESS.name().equals(session.kind()) || session.closed()) {
            throw new DomainException("民生实事项目须提交尚未闭会的人民代表大会会议票决");
        }
        LocalDate today = LocalDate.now(clock);
        p.putToVote(sessionId, session.title(), TieRule.parse(rules.rawOn("livelihood.tie-rule", today)),
                ShortfallRule.parse(rules.rawOn("livelihood.shortfall-rule", today)));
        List<LivelihoodProject> candidates = projects.findByProgrammeAndStatusIn(programmeId, List.of(ProjectStatus.CANDIDATE_CONFIRMED));
        for (LivelihoodProject c : candidates) {
            c.move(ProjectStep.PUT_TO_BALLOT);
            history.record(c, ProjectStep.PUT_TO_BALLOT, session.title());
        }
        long itemId = agenda.addItem(sessionId, AgendaItemType.LIVELIHOOD_VOTE, "票决" + p.getTitle(), "LivelihoodProgramme", programmeId);
        return newRound(p, sessionId, itemId, BallotPurpose.MAIN, p.getQuota(), candidates);
    }

    private long newRound(LivelihoodProgramme p, long sessionId, long itemId, BallotPurpose purpose, int places,
                          List<LivelihoodProject> candidates) {
        int round = ballots.lastRound(p.getId()) + 1;
        LivelihoodBallot ballot = ballots.save(new LivelihoodBallot(p.getId(), round, purpose, places, candidates));
        String title = switch (purpose) {
            case MAIN -> p.getTitle() + "票决";
            case TIE -> p.getTitle() + "票决（得票相同项目再次表决）";
            case SHORTFALL -> p.getTitle() + "票决（补足表决）";
        };
        List<String> labels = candidates.stream().map(c -> c.getTitle().length() > 100 ? c.getTitle().substring(0, 100) : c.getTitle()).toList();
        Vote vote = votes.prepare(sessionId, itemId, new VoteService.NewVote(title, VoteKind.CANDIDATES, VoteMethod.ELECTRONIC,
                VoteRule.MAJORITY_OF_ALL, true, LivelihoodBallot.TARGET_TYPE, ballot.getId(), labels));
        ballot.attach(vote.getId());
        return vote.getId();
    }

    LivelihoodBallot ballotOfVote(long voteId) {
        return ballots.findByVoteId(voteId).orElseThrow(() -> new NotFoundException("民生实事项目票决", voteId));
    }

    /** Staff open a round (the sessions module checks the quorum). */
    @Transactional
    public void open(long voteId) {
        LivelihoodBallot b = ballotOfVote(voteId);
        access.require(Caller.current(), service.programme(b.getProgrammeId()), ProgrammeStep.RUN_VOTE);
        votes.open(voteId);
    }

    /** Staff close a round; the result follows through {@link #onVoteConcluded}. */
    @Transactional
    public void close(long voteId) {
        LivelihoodBallot b = ballotOfVote(voteId);
        access.require(Caller.current(), service.programme(b.getProgrammeId()), ProgrammeStep.RUN_VOTE);
        votes.close(voteId);
    }

    /**
     * A deputy's ballot: a choice for every candidate, submitted once. {@code choices} maps project ids to 赞成 (YES),
     * 不赞成 (NO) or 弃权 (ABSTAIN). One ballot per deputy is the sessions module's unique key.
     */
    @Transactional
    public void cast(long voteId, Map<Long, BallotChoice> choices) {
        Caller caller = Caller.current();
        caller.require("参加票决", Role.DEPUTY, Role.MEMBER);
        LivelihoodBallot b = ballotOfVote(voteId);
        Vote vote = votes.get(voteId);
        if (!vote.isOpen()) {
            throw new TransitionRefused(vote.isClosed() ? "表决已结束，不能再投票" : "表决尚未开始");
        }
        if (votes.hasVoted(voteId)) {
            throw new DomainException("您已提交表决票，每位代表只能提交一次");
        }
        Map<Integer, Long> optionByPosition = new HashMap<>();
        for (VoteOption o : vote.getOptions()) {
            optionByPosition.put(o.getPosition(), o.getId());
        }
        Map<Long, BallotChoice> byOption = new LinkedHashMap<>();
        for (BallotCandidate c : b.getCandidates()) {
            BallotChoice choice = choices.get(c.getProjectId());
            if (choice == null || choice == BallotChoice.NOT_VOTED) {
                throw new DomainException("请对每一个候选项目选择赞成、不赞成或弃权");
            }
            byOption.put(optionByPosition.get(c.getPosition()), choice);
        }
        if (choices.size() != b.getCandidates().size()) {
            throw new DomainException("表决票中有不属于本次票决的项目");
        }
        votes.cast(voteId, null, byOption);
    }

    /** The result of a closed round arrives inside the closing transaction. */
    @EventListener
    @Transactional
    public void onVoteConcluded(VoteConcluded e) {
        if (!LivelihoodBallot.TARGET_TYPE.equals(e.targetType()) || e.targetId() == null) {
            return;
        }
        LivelihoodBallot ballot = ballots.findById(e.targetId()).orElseThrow(() -> new NotFoundException("民生实事项目票决", e.targetId()));
        LivelihoodProgramme p = programmes.lockById(ballot.getProgrammeId()).orElseThrow();
        Vote vote = votes.get(e.voteId());
        Map<Integer, VoteOption> byPosition = new HashMap<>();
        vote.getOptions().forEach(o -> byPosition.put(o.getPosition(), o));
        List<Selection.Count> counts = new ArrayList<>();
        for (BallotCandidate c : ballot.getCandidates()) {
            counts.add(new Selection.Count(c.getProjectId(), byPosition.get(c.getPosition()).getYes()));
        }
        Selection.Outcome outcome = Selection.decide(counts, ballot.getPlaces(), e.participants(), p.getTieRule(),
                p.getShortfallRule(), ballot.getPurpose());
        ballot.conclude(e.participants(), vote.getPresent());
        for (BallotCandidate c : ballot.getCandidates()) {
            VoteOption o = byPosition.get(c.getPosition());
            c.record(o.getYes(), o.getNo(), o.getAbstain(), outcome.passed().contains(c.getProjectId()),
                    outcome.elected().contains(c.getProjectId()));
            if (ballot.getPurpose() == BallotPurpose.MAIN) {
                projects.findById(c.getProjectId()).orElseThrow().recordBallot(o.getYes(), o.getNo(), o.getAbstain());
            }
        }
        if (outcome.revote() != null) {
            List<LivelihoodProject> again = projects.findAllById(outcome.revote().projectIds()).stream()
                    .sorted(java.util.Comparator.comparing(LivelihoodProject::getId)).toList();
            newRound(p, e.sessionId(), e.agendaItemId(), outcome.revote().purpose(), outcome.revote().places(), again);
            return;
        }
        decide(p);
    }

    /** Every round is concluded: the elected projects are adopted, the others not, and the decision is numbered. */
    private void decide(LivelihoodProgramme p) {
        Set<Long> elected = new HashSet<>();
        for (LivelihoodBallot b : ballots.findByProgramme(p.getId())) {
            b.getCandidates().stream().filter(c -> Boolean.TRUE.equals(c.getElected())).forEach(c -> elected.add(c.getProjectId()));
        }
        for (LivelihoodProject project : projects.findByProgrammeAndStatusIn(p.getId(), List.of(ProjectStatus.ON_BALLOT))) {
            boolean in = elected.contains(project.getId());
            project.move(in ? ProjectStep.SELECT : ProjectStep.NOT_SELECT);
            history.record(project, in ? ProjectStep.SELECT : ProjectStep.NOT_SELECT, p.getSessionTitle());
        }
        if (p.getStatus() != ProgrammeStatus.VOTING) {
            throw new TransitionRefused("票决尚未进行");
        }
        p.decide(numbers.next("docno.prefix.sc", p.getYear()), LocalDate.now(clock));
    }

    /** The recount of a round from the stored ballots, per candidate project (equal to the stored result once closed). */
    @Transactional(readOnly = true)
    public Map<Long, Tally.Option> recount(long voteId) {
        LivelihoodBallot b = ballotOfVote(voteId);
        access.requireStaffOf(Caller.current(), service.programme(b.getProgrammeId()));
        Tally tally = votes.recount(voteId);
        Vote vote = votes.get(voteId);
        Map<Integer, Long> optionByPosition = new HashMap<>();
        vote.getOptions().forEach(o -> optionByPosition.put(o.getPosition(), o.getId()));
        Map<Long, Tally.Option> result = new LinkedHashMap<>();
        b.getCandidates().forEach(c -> result.put(c.getProjectId(), tally.option(optionByPosition.get(c.getPosition()))));
        return result;
    }
}
