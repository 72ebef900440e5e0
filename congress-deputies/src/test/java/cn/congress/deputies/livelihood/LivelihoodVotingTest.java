package cn.congress.deputies.livelihood;

import cn.congress.deputies.roster.DelegationRepository;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Tally;
import cn.congress.domain.session.VoteStatus;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.congress.deputies.livelihood.ProjectStatus.NOT_SELECTED;
import static cn.congress.deputies.livelihood.ProjectStatus.SELECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The voting rules of 民生实事项目票决, each case of the issue, against the sessions module's real votes. */
@CongressTest
class LivelihoodVotingTest {

    @Autowired LivelihoodService service;
    @Autowired LivelihoodVoting voting;
    @Autowired LivelihoodQueries queries;
    @Autowired LivelihoodImplementation implementation;
    @Autowired LivelihoodEvaluation evaluation;
    @Autowired SessionService sessions;
    @Autowired UserAccountRepository accounts;
    @Autowired OrgUnitRepository orgs;
    @Autowired TermRepository terms;
    @Autowired DeputyRepository deputyRepo;
    @Autowired DelegationRepository delegations;
    @Autowired JdbcTemplate jdbc;

    Chain chain;

    @BeforeEach
    void setUp() {
        chain = new Chain(new Chain.Beans(service, voting, queries, implementation, evaluation, sessions, accounts, orgs, terms,
                deputyRepo, delegations, jdbc));
        chain.rule("livelihood.tie-rule", "REVOTE");
        chain.rule("livelihood.shortfall-rule", "LEAVE_VACANT");
    }

    @AfterEach
    void tearDown() {
        Chain.clear();
    }

    private long p(int i) {
        return chain.projectIds.get(i);
    }

    /** Yes counts per candidate index: the first {@code yes[k]} voters vote yes for candidate k, the rest no. */
    private java.util.function.BiFunction<Integer, Long, BallotChoice> yes(int... yes) {
        return (voter, project) -> Chain.yesFromFirst(voter, yes[chain.projectIds.indexOf(project)]);
    }

    @Test
    void aProjectNeedsMoreThanHalfOfAllDeputiesNotOfThosePresent() {
        chain.deputies(10).deliberated(2, "甲项目", "乙项目", "丙项目").session(3);
        long vote = chain.putToVote();
        // 7 present: 6 yes passes (6 > 10/2); 5 yes is a majority of those present but not of all 10 deputies
        chain.hold(vote, 7, yes(6, 5, 0));

        assertThat(chain.status(p(0))).isEqualTo(SELECTED);
        assertThat(chain.status(p(1))).isEqualTo(NOT_SELECTED);
        assertThat(chain.status(p(2))).isEqualTo(NOT_SELECTED);
        ProgrammeView view = chain.programme();
        assertThat(view.status()).isEqualTo(ProgrammeStatus.IMPLEMENTING);
        assertThat(view.decisionNumber()).isNotBlank();
        RoundView round = view.rounds().get(0);
        assertThat(round.participants()).isEqualTo(10);
        assertThat(round.present()).isEqualTo(7);
        assertThat(round.candidates()).extracting(RoundView.Candidate::yes).containsExactly(6, 5, 0);
        assertThat(round.candidates()).extracting(RoundView.Candidate::no).containsExactly(1, 2, 7);
        assertThat(round.candidates()).extracting(RoundView.Candidate::passed).containsExactly(true, false, false);
    }

    @Test
    void whenMorePassThanPlacesTheMostYesVotesTakeThem() {
        chain.deputies(10).deliberated(2, "甲", "乙", "丙", "丁").session(0);
        chain.hold(chain.putToVote(), 10, yes(10, 7, 9, 6));

        assertThat(chain.status(p(0))).isEqualTo(SELECTED);
        assertThat(chain.status(p(2))).isEqualTo(SELECTED);
        assertThat(chain.status(p(1))).isEqualTo(NOT_SELECTED);
        assertThat(chain.status(p(3))).isEqualTo(NOT_SELECTED);
        RoundView round = chain.programme().rounds().get(0);
        assertThat(round.candidates()).extracting(RoundView.Candidate::passed).containsExactly(true, true, true, true);
        assertThat(round.candidates()).extracting(RoundView.Candidate::elected).containsExactly(true, false, true, false);
    }

    @Test
    void aTieAtTheLastPlaceUnderTheRevoteRuleIsVotedAgainBetweenTheTied() {
        chain.deputies(10).deliberated(2, "甲", "乙", "丙", "丁").session(0);
        chain.hold(chain.putToVote(), 10, yes(10, 8, 8, 2));

        ProgrammeView view = chain.programme();
        assertThat(view.status()).isEqualTo(ProgrammeStatus.VOTING);
        assertThat(view.tieRule()).isEqualTo(TieRule.REVOTE);
        RoundView second = view.currentRound();
        assertThat(second.purpose()).isEqualTo(BallotPurpose.TIE);
        assertThat(second.places()).isEqualTo(1);
        assertThat(second.voteStatus()).isEqualTo(VoteStatus.PREPARED);
        assertThat(second.candidates()).extracting(RoundView.Candidate::projectId).containsExactly(p(1), p(2));

        chain.hold(second.voteId(), 10, (voter, project) -> project == p(1) ? Chain.yesFromFirst(voter, 6) : Chain.yesFromFirst(voter, 7));
        assertThat(chain.status(p(0))).isEqualTo(SELECTED);
        assertThat(chain.status(p(2))).isEqualTo(SELECTED);
        assertThat(chain.status(p(1))).isEqualTo(NOT_SELECTED);
        assertThat(chain.status(p(3))).isEqualTo(NOT_SELECTED);
        assertThat(chain.programme().status()).isEqualTo(ProgrammeStatus.IMPLEMENTING);
    }

    @Test
    void aTieAtTheLastPlaceUnderTheIncludeAllRuleAdoptsAllTied() {
        chain.rule("livelihood.tie-rule", "INCLUDE_ALL");
        chain.deputies(10).deliberated(2, "甲", "乙", "丙", "丁").session(0);
        long vote = chain.putToVote();
        // the rule in force when the list was put to the vote decides, even if it changes before the count
        chain.rule("livelihood.tie-rule", "REVOTE");
        chain.hold(vote, 10, yes(10, 8, 8, 2));

        assertThat(chain.programme().tieRule()).isEqualTo(TieRule.INCLUDE_ALL);
        assertThat(List.of(chain.status(p(0)), chain.status(p(1)), chain.status(p(2)))).containsOnly(SELECTED);
        assertThat(chain.status(p(3))).isEqualTo(NOT_SELECTED);
        assertThat(chain.programme().adopted()).hasSize(3);
    }

    @Test
    void fewerPassingThanPlacesLeavesThePlacesVacantUnderThatRule() {
        chain.deputies(10).deliberated(3, "甲", "乙", "丙", "丁").session(0);
        chain.hold(chain.putToVote(), 10, yes(9, 6, 5, 1));

        assertThat(chain.programme().status()).isEqualTo(ProgrammeStatus.IMPLEMENTING);
        assertThat(chain.programme().adopted()).extracting(ProjectRow::id).containsExactly(p(0), p(1));
    }

    @Test
    void fewerPassingThanPlacesIsFilledByAVoteAmongTheOthersUnderTheRevoteRule() {
        chain.rule("livelihood.shortfall-rule", "REVOTE");
        chain.deputies(10).deliberated(2, "甲", "乙", "丙").session(0);
        chain.hold(chain.putToVote(), 10, yes(9, 3, 2));

        RoundView second = chain.programme().currentRound();
        assertThat(second.purpose()).isEqualTo(BallotPurpose.SHORTFALL);
        assertThat(second.places()).isEqualTo(1);
        assertThat(second.candidates()).extracting(RoundView.Candidate::projectId).containsExactly(p(1), p(2));
        chain.hold(second.voteId(), 10, (voter, project) -> project == p(1) ? Chain.yesFromFirst(voter, 4) : Chain.yesFromFirst(voter, 6));

        assertThat(chain.status(p(0))).isEqualTo(SELECTED);
        assertThat(chain.status(p(2))).isEqualTo(SELECTED);
        assertThat(chain.status(p(1))).isEqualTo(NOT_SELECTED);
    }

    @Test
    void oneBallotPerDeputyUnderConcurrentSubmission() throws Exception {
        chain.deputies(4).deliberated(1, "甲", "乙").session(0);
        long vote = chain.putToVote();
        chain.asStaff();
        voting.open(vote);
        var deputy = chain.deputies.get(0);
        Map<Long, BallotChoice> choices = Map.of(p(0), BallotChoice.YES, p(1), BallotChoice.ABSTAIN);
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit((Callable<Boolean>) () -> {
                Chain.as(deputy, Role.DEPUTY);
                start.await();
                try {
                    voting.cast(vote, choices);
                    return true;
                } catch (DomainException refused) {
                    return false;
                } finally {
                    Chain.clear();
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> f : results) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
        // through the sessions module's API, not its tables, whose layout for secret ballots may change
        chain.asStaff();
        assertThat(queries.turnout(vote).cast()).isEqualTo(1);
        Map<Long, Tally.Option> counted = voting.recount(vote);
        assertThat(counted.get(p(0)).yes()).isEqualTo(1);
        assertThat(counted.get(p(1)).abstain()).isEqualTo(1);
        assertThat(counted.values()).allMatch(o -> o.yes() + o.no() + o.abstain() == 1);
    }

    @Test
    void aClosedVoteRefusesBallotsAndItsRecountEqualsTheStoredResult() {
        chain.deputies(6).deliberated(1, "甲", "乙").session(0);
        long vote = chain.putToVote();
        chain.hold(vote, 5, yes(4, 2));

        Chain.as(chain.deputies.get(5), Role.DEPUTY);
        assertThat(queries.ballot(vote).mayVote()).isFalse();
        assertThatThrownBy(() -> voting.cast(vote, Map.of(p(0), BallotChoice.YES, p(1), BallotChoice.NO)))
                .isInstanceOf(DomainException.class).hasMessageContaining("表决已结束");

        chain.asStaff();
        Map<Long, Tally.Option> recount = voting.recount(vote);
        RoundView stored = chain.programme().rounds().get(0);
        Map<Long, List<Integer>> storedCounts = new HashMap<>();
        stored.candidates().forEach(c -> storedCounts.put(c.projectId(), List.of(c.yes(), c.no(), c.abstain())));
        Map<Long, List<Integer>> recounted = new HashMap<>();
        recount.forEach((project, o) -> recounted.put(project, List.of(o.yes(), o.no(), o.abstain())));
        assertThat(recounted).isEqualTo(storedCounts);
        assertThat(storedCounts.get(p(0))).containsExactly(4, 1, 0);
    }

    @Test
    void aBallotMustMarkEveryCandidateAndIsSubmittedOnce() {
        chain.deputies(4).deliberated(1, "甲", "乙").session(0);
        long vote = chain.putToVote();
        chain.asStaff();
        voting.open(vote);
        Chain.as(chain.deputies.get(0), Role.DEPUTY);
        assertThatThrownBy(() -> voting.cast(vote, Map.of(p(0), BallotChoice.YES)))
                .isInstanceOf(DomainException.class).hasMessageContaining("每一个候选项目");
        voting.cast(vote, Map.of(p(0), BallotChoice.YES, p(1), BallotChoice.NO));
        assertThat(queries.ballot(vote).voted()).isTrue();
        assertThatThrownBy(() -> voting.cast(vote, Map.of(p(0), BallotChoice.NO, p(1), BallotChoice.NO)))
                .isInstanceOf(DomainException.class).hasMessageContaining("只能提交一次");
    }

    @Test
    void theCandidateListMustExceedTheQuotaByTheRulesMargin() {
        chain.deputies(3);
        chain.asStaff();
        long programme = service.createProgramme(2199, "2199年民生实事项目", 5);
        for (String t : List.of("一", "二", "三", "四", "五", "六")) {
            long id = service.propose(programme, Chain.proposal(t), ProposalSource.GOVERNMENT, null);
            service.shortlist(id, "可行", chain.organ.getId());
        }
        long late = service.propose(programme, Chain.proposal("七"), ProposalSource.GOVERNMENT, null);
        service.startScreening(programme);
        // 5 places and a 20% margin: at least 6 candidates; a proposal still unscreened blocks the list as well
        assertThatThrownBy(() -> service.recordDeliberation(programme, "主任会议", java.time.LocalDate.of(2199, 1, 5)))
                .hasMessageContaining("尚未筛选");
        service.screenOut(late, "资金来源不明确，列入下一年度储备");
        service.recordDeliberation(programme, "主任会议", java.time.LocalDate.of(2199, 1, 5));
        assertThat(queries.programme(programme).candidates()).hasSize(6);
        assertThat(queries.project(late).row().outReason()).contains("资金来源不明确");
    }
}
