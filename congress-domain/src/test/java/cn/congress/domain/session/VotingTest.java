package cn.congress.domain.session;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
@RecordApplicationEvents
class VotingTest {

    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired UserAccountRepository accounts;
    @Autowired ScMemberRepository members;
    @Autowired TermRepository terms;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    Committee committee;
    UserAccount staff;

    @BeforeEach
    void setUp() {
        Committee.system();
        committee = new Committee(accounts, members, terms);
        staff = committee.account("staff", Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    /** A standing-committee session in progress with {@code n} members and one prepared vote on its first item. */
    private Fixture session(int n, boolean changeAllowed, VoteRule rule) {
        List<UserAccount> people = committee.freshMembers(n);
        Committee.asStaff(staff);
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "常委会会议室", changeAllowed));
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, "关于某事项的决定（草案）", "法工委", null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), new VoteService.NewVote("表决：关于某事项的决定", VoteKind.MOTION,
                VoteMethod.ELECTRONIC, rule, false, null, null, List.of()));
        return new Fixture(m, item, vote, people);
    }

    record Fixture(Meeting meeting, AgendaItem item, Vote vote, List<UserAccount> people) {
        long voteId() {
            return vote.getId();
        }
    }

    private void leave(Fixture f, int... indexes) {
        Committee.asStaff(staff);
        List<Participant> ps = sessions.participants(f.meeting().getId());
        for (int i : indexes) {
            sessions.recordAttendance(f.meeting().getId(), ps.get(i).getId(), Attendance.LEAVE, "因公出差");
        }
    }

    private void cast(UserAccount who, BallotChoice choice, long voteId) {
        Committee.as(who, Role.MEMBER);
        votes.cast(voteId, choice, Map.of());
    }

    @Test
    void theQuorumCheckBlocksAVoteUntilMoreThanHalfArePresent() {
        Fixture f = session(6, false, VoteRule.MAJORITY_OF_ALL);
        leave(f, 0, 1, 2);

        assertThat(sessions.quorum(f.meeting().getId()).met()).isFalse();
        assertThatThrownBy(() -> votes.open(f.voteId())).isInstanceOf(TransitionRefused.class).hasMessageContaining("至少需要 4 人");

        sessions.recordAttendance(f.meeting().getId(), sessions.participants(f.meeting().getId()).get(0).getId(), Attendance.PRESENT, null);
        votes.open(f.voteId());
        assertThat(votes.get(f.voteId()).getStatus()).isEqualTo(VoteStatus.OPEN);
    }

    @Test
    void aParticipantSeesTheOpenVotesOfTheirMeetingsAndWhetherTheyVoted() {
        Fixture f = session(5, false, VoteRule.MAJORITY_OF_ALL);
        UserAccount outsider = committee.freshMembers(1).get(0);
        assertThat(votes.openFor(f.people().get(0).getId())).as("prepared, not yet open").isEmpty();
        votes.open(f.voteId());

        cast(f.people().get(0), BallotChoice.YES, f.voteId());
        assertThat(votes.openFor(f.people().get(0).getId())).singleElement().satisfies(p -> {
            assertThat(p.voteId()).isEqualTo(f.voteId());
            assertThat(p.title()).isEqualTo("表决：关于某事项的决定");
            assertThat(p.meetingTitle()).isEqualTo(f.meeting().getTitle());
            assertThat(p.voted()).isTrue();
        });
        assertThat(votes.openFor(f.people().get(1).getId())).singleElement().satisfies(p -> assertThat(p.voted()).isFalse());
        assertThat(votes.openFor(outsider.getId())).as("not a participant of the meeting").isEmpty();

        Committee.asStaff(staff);
        votes.close(f.voteId());
        assertThat(votes.openFor(f.people().get(1).getId())).isEmpty();
    }

    @Test
    void manyThreadsCastingAtOnceStoreEveryEligibleBallotExactlyOnce() throws Exception {
        int n = 60;
        Fixture f = session(n, false, VoteRule.MAJORITY_OF_ALL);
        votes.open(f.voteId());
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> refusals = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (UserAccount person : f.people()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                BallotChoice choice = attempt == 0 ? BallotChoice.YES : BallotChoice.NO;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        cast(person, choice, f.voteId());
                    } catch (DomainException e) {
                        refusals.add(e);
                    } finally {
                        Committee.system();
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, f.voteId())).isEqualTo(n);
        assertThat(jdbc.queryForObject("select count(distinct participant_id) from ballot where vote_id = ?", Integer.class, f.voteId())).isEqualTo(n);
        assertThat(refusals).hasSize(2 * n).allMatch(e -> e.getMessage().contains("不允许更改"));

        Committee.asStaff(staff);
        VoteConcluded result = votes.close(f.voteId());
        assertThat(result.yes() + result.no()).isEqualTo(n);
        assertThat(result.notVoting()).isZero();
    }

    @Test
    void aClosedVoteRefusesBallotsAndAnUnopenedOneToo() {
        Fixture f = session(3, true, VoteRule.MAJORITY_OF_ALL);
        assertThatThrownBy(() -> cast(f.people().get(0), BallotChoice.YES, f.voteId())).hasMessageContaining("尚未开始");
        Committee.asStaff(staff);
        votes.open(f.voteId());
        cast(f.people().get(0), BallotChoice.YES, f.voteId());
        Committee.asStaff(staff);
        votes.close(f.voteId());

        assertThatThrownBy(() -> cast(f.people().get(1), BallotChoice.YES, f.voteId()))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("表决已结束");
        assertThatThrownBy(() -> cast(f.people().get(0), BallotChoice.NO, f.voteId())).hasMessageContaining("表决已结束");
        assertThat(votes.recount(f.voteId()).yes()).isEqualTo(1);
    }

    @Test
    void aBallotMayBeChangedWhileOpenOnlyWhereTheMeetingAllowsIt() {
        Fixture f = session(3, true, VoteRule.MAJORITY_OF_ALL);
        Committee.asStaff(staff);
        votes.open(f.voteId());
        cast(f.people().get(0), BallotChoice.NO, f.voteId());
        cast(f.people().get(0), BallotChoice.YES, f.voteId());
        assertThat(votes.recount(f.voteId()).yes()).isEqualTo(1);
        assertThat(votes.recount(f.voteId()).no()).isZero();
    }

    @Test
    void moreThanHalfOfAllMembersIsNeededNotOfThosePresent() {
        Fixture f = session(10, false, VoteRule.MAJORITY_OF_ALL);
        leave(f, 6, 7, 8, 9);
        Committee.asStaff(staff);
        votes.open(f.voteId());
        for (int i = 0; i < 5; i++) {
            cast(f.people().get(i), BallotChoice.YES, f.voteId());
        }
        Committee.asStaff(staff);
        VoteConcluded result = votes.close(f.voteId());

        // 5 of 6 present said yes, but 5 is not more than half of all 10 members
        assertThat(result.yes()).isEqualTo(5);
        assertThat(result.notVoting()).isEqualTo(1);
        assertThat(result.participants()).isEqualTo(10);
        assertThat(result.adopted()).isFalse();
        assertThat(VoteRule.MAJORITY_OF_PRESENT.passes(5, 10, 6)).isTrue();
        assertThat(VoteRule.MAJORITY_OF_ALL.passes(6, 10, 6)).isTrue();
    }

    @Test
    void voteConcludedIsPublishedExactlyOnceWithTheTarget() {
        List<UserAccount> people = committee.freshMembers(3);
        Committee.asStaff(staff);
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, null, false));
        long itemId = sessions.addItem(m.getId(), AgendaItemType.BILL_READING, "关于示例条例（草案）的表决", "Bill", 4711L);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), itemId, VoteService.NewVote.motion("表决示例条例", false));
        votes.open(vote.getId());
        for (UserAccount p : people) {
            cast(p, BallotChoice.YES, vote.getId());
        }
        Committee.asStaff(staff);
        votes.close(vote.getId());
        assertThatThrownBy(() -> votes.close(vote.getId())).isInstanceOf(TransitionRefused.class);

        List<VoteConcluded> published = events.stream(VoteConcluded.class).filter(e -> e.voteId() == vote.getId()).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).concerns("Bill", 4711L)).isTrue();
        assertThat(published.get(0).adopted()).isTrue();
        assertThat(published.get(0).agendaItemId()).isEqualTo(itemId);
    }

    @Test
    void onlyStaffOpenAndCloseVotes() {
        Fixture f = session(3, false, VoteRule.MAJORITY_OF_ALL);
        Committee.as(f.people().get(0), Role.MEMBER);
        assertThatThrownBy(() -> votes.open(f.voteId())).isInstanceOf(AccessDeniedException.class);
        Committee.as(committee.account("appoint", Role.APPOINTMENT_ADMIN), Role.APPOINTMENT_ADMIN);
        assertThatThrownBy(() -> votes.open(f.voteId())).isInstanceOf(AccessDeniedException.class);
        Committee.asStaff(staff);
        votes.open(f.voteId());
        Committee.as(f.people().get(0), Role.MEMBER);
        assertThatThrownBy(() -> votes.close(f.voteId())).isInstanceOf(AccessDeniedException.class);
        assertThat(votes.get(f.voteId()).isOpen()).isTrue();
    }

    @Test
    void onlyParticipantsVoteAndADeputyCannotVoteInAStandingCommitteeSession() {
        Fixture f = session(3, false, VoteRule.MAJORITY_OF_ALL);
        votes.open(f.voteId());
        UserAccount outsider = committee.account("other", Role.MEMBER);
        assertThatThrownBy(() -> cast(outsider, BallotChoice.YES, f.voteId())).hasMessageContaining("不是本次会议的表决人员");

        UserAccount deputy = committee.account("deputy", Role.DEPUTY);
        Committee.as(deputy, Role.DEPUTY);
        assertThatThrownBy(() -> votes.cast(f.voteId(), BallotChoice.YES, Map.of())).isInstanceOf(DomainException.class);
        assertThat(votes.recount(f.voteId()).cast()).isZero();
    }

    @Test
    void aMemberOnLeaveCannotVote() {
        Fixture f = session(4, false, VoteRule.MAJORITY_OF_ALL);
        leave(f, 3);
        votes.open(f.voteId());
        assertThatThrownBy(() -> cast(f.people().get(3), BallotChoice.YES, f.voteId())).hasMessageContaining("请假");
    }

    @Test
    void theStoredResultEqualsTheResultRecomputedFromTheBallots() {
        Fixture f = session(9, false, VoteRule.MAJORITY_OF_ALL);
        leave(f, 8);
        votes.open(f.voteId());
        BallotChoice[] choices = {BallotChoice.YES, BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN, BallotChoice.YES,
                BallotChoice.YES, BallotChoice.YES};
        for (int i = 0; i < choices.length; i++) {
            cast(f.people().get(i), choices[i], f.voteId());
        }
        Committee.asStaff(staff);
        votes.close(f.voteId());
        Vote stored = votes.get(f.voteId());
        Tally recount = votes.recount(f.voteId());

        assertThat(List.of(stored.getYes(), stored.getNo(), stored.getAbstain(), stored.getNotVoting(), stored.getPresent(), stored.getParticipants()))
                .containsExactly(recount.yes(), recount.no(), recount.abstain(), recount.notVoting(), recount.present(), recount.participants())
                .containsExactly(5, 1, 1, 1, 8, 9);
        assertThat(stored.getAdopted()).isEqualTo(stored.getRule().passes(recount.yes(), recount.participants(), recount.present())).isTrue();
        assertThat(votes.resultSheet(f.voteId()).names().get(BallotChoice.NOT_VOTED)).hasSize(1);
    }

    @Test
    void aShowOfHandsIsRecordedByCountsWithARemark() {
        List<UserAccount> people = committee.freshMembers(5);
        Committee.asStaff(staff);
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, null, false));
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.OTHER, "通过会议议程", null, null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), new VoteService.NewVote("会议议程", VoteKind.MOTION, VoteMethod.SHOW_OF_HANDS,
                VoteRule.MAJORITY_OF_ALL, false, null, null, List.of()));
        votes.open(vote.getId());
        assertThatThrownBy(() -> cast(people.get(0), BallotChoice.YES, vote.getId())).hasMessageContaining("举手表决");
        Committee.asStaff(staff);
        assertThatThrownBy(() -> votes.recordShowOfHands(vote.getId(), 4, 1, 1, "")).hasMessageContaining("不能超过出席人数");
        VoteConcluded result = votes.recordShowOfHands(vote.getId(), 4, 0, 1, "举手表决，主持人宣布通过");
        assertThat(result.adopted()).isTrue();
        assertThat(votes.get(vote.getId()).getRemark()).contains("主持人宣布通过");
    }

    @Test
    void aMultiCandidateVoteTakesAChoicePerCandidate() {
        List<UserAccount> people = committee.freshMembers(4);
        Committee.asStaff(staff);
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, null, false));
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.OTHER, "补选专门委员会委员", null, null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), new VoteService.NewVote("补选委员", VoteKind.CANDIDATES, VoteMethod.ELECTRONIC,
                VoteRule.MAJORITY_OF_ALL, true, null, null, List.of("甲", "乙")));
        votes.open(vote.getId());
        long a = votes.get(vote.getId()).getOptions().get(0).getId();
        long b = votes.get(vote.getId()).getOptions().get(1).getId();
        for (int i = 0; i < 3; i++) {
            Committee.as(people.get(i), Role.MEMBER);
            votes.cast(vote.getId(), null, Map.of(a, BallotChoice.YES, b, i == 0 ? BallotChoice.YES : BallotChoice.NO));
        }
        Committee.as(people.get(3), Role.MEMBER);
        assertThatThrownBy(() -> votes.cast(vote.getId(), null, Map.of(a, BallotChoice.YES))).hasMessageContaining("每一位候选人");
        Committee.asStaff(staff);
        votes.close(vote.getId());
        Vote closed = votes.get(vote.getId());
        assertThat(closed.getOptions().get(0).getAdopted()).isTrue();
        assertThat(closed.getOptions().get(0).getYes()).isEqualTo(3);
        assertThat(closed.getOptions().get(1).getAdopted()).isFalse();
        assertThat(closed.getNotVoting()).isEqualTo(1);
    }

    @Test
    void theUpcomingSessionsAreKeptUntilAMeetingChangesByAnyPath() {
        committee.freshMembers(1);
        Committee.asStaff(staff);
        List<SessionRow> first = sessions.upcoming();
        assertThat(sessions.upcoming()).as("unchanged: the kept list").isSameAs(first);

        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "常委会会议室", false));
        assertThat(sessions.upcoming()).extracting(SessionRow::id).contains(m.getId());
        // plain SQL, as another instance would write: seen at once
        jdbc.update("update meeting set status = 'CLOSED' where id = ?", m.getId());
        assertThat(sessions.upcoming()).extracting(SessionRow::id).doesNotContain(m.getId());
    }
}
