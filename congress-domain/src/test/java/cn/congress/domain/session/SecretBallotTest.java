package cn.congress.domain.session;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import cn.congress.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9 / checklist S08: a secret vote stores who voted apart from what was voted. The roll names the participant,
 * the box has no participant, no time and random keys; one ballot per participant still holds under concurrency and
 * the counts are those of the choices cast.
 */
@CongressTest
class SecretBallotTest {

    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired UserAccountRepository accounts;
    @Autowired ScMemberRepository members;
    @Autowired TermRepository terms;
    @Autowired JdbcTemplate jdbc;

    Committee committee;
    UserAccount staff;

    @BeforeEach
    void setUp() {
        Committee.system();
        committee = new Committee(accounts, members, terms);
        staff = committee.account("staff.secret", Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private record Fixture(Vote vote, List<UserAccount> people) {
    }

    private Fixture secretVote(int n, VoteKind kind, List<String> candidates) {
        List<UserAccount> people = committee.freshMembers(n);
        Committee.asStaff(staff);
        // the meeting allows changing a ballot: a secret ballot still cannot be changed, since nothing says which was whose
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "常委会会议室", true));
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.APPOINTMENT, "人事任免事项", "选任联工委", null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), new VoteService.NewVote("无记名表决", kind, VoteMethod.ELECTRONIC,
                VoteRule.MAJORITY_OF_ALL, true, null, null, candidates));
        votes.open(vote.getId());
        return new Fixture(vote, people);
    }

    private void cast(UserAccount who, long voteId, BallotChoice choice, Map<Long, BallotChoice> options) {
        Committee.as(who, Role.MEMBER);
        votes.cast(voteId, choice, options);
    }

    @Test
    void nothingInTheSchemaLinksASecretChoiceToAVoter() {
        assertThat(columns("secret_ballot")).containsExactlyInAnyOrder("id", "vote_id", "choice");
        assertThat(columns("secret_ballot_option")).containsExactlyInAnyOrder("ballot_id", "option_id", "choice");
        assertThat(columns("secret_ballot_voter")).containsExactlyInAnyOrder("vote_id", "participant_id", "cast_at");
        assertThat(references("secret_ballot")).containsExactlyInAnyOrder("vote");
        assertThat(references("secret_ballot_option")).containsExactlyInAnyOrder("secret_ballot", "vote_option");
        assertThat(references("secret_ballot_voter")).containsExactlyInAnyOrder("vote", "meeting_participant");
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_name = 'secret_ballot' and column_name = 'id'",
                String.class)).as("a random key, not a sequence whose order follows the roll").isEqualTo("uuid");
    }

    @Test
    void aSecretVoteKeepsTheRollApartFromTheBoxAndCountsTheSame() {
        Fixture f = secretVote(8, VoteKind.MOTION, List.of());
        long voteId = f.vote().getId();
        BallotChoice[] choices = {BallotChoice.YES, BallotChoice.YES, BallotChoice.YES, BallotChoice.YES, BallotChoice.NO,
                BallotChoice.NO, BallotChoice.ABSTAIN};
        for (int i = 0; i < choices.length; i++) {
            cast(f.people().get(i), voteId, choices[i], Map.of());
        }
        UserAccount first = f.people().get(0);
        assertThatThrownBy(() -> cast(first, voteId, BallotChoice.NO, Map.of())).isInstanceOf(DomainException.class)
                .hasMessageContaining("不能更改");
        Committee.as(first, Role.MEMBER);
        VoteService.BallotView mine = votes.ballotView(voteId);
        assertThat(mine.voted()).isTrue();
        assertThat(mine.myChoice()).as("nothing stored says what this voter chose").isNull();
        assertThat(mine.mayCast()).isFalse();
        assertThat(votes.openFor(first.getId())).as("the roll says who voted, never how").singleElement()
                .satisfies(p -> assertThat(p.voted()).isTrue());
        assertThat(votes.openFor(f.people().get(7).getId())).singleElement().satisfies(p -> assertThat(p.voted()).isFalse());

        assertThat(count("select count(*) from ballot where vote_id = ?", voteId)).isZero();
        assertThat(count("select count(*) from secret_ballot_voter where vote_id = ?", voteId)).isEqualTo(7);
        assertThat(count("select count(*) from secret_ballot where vote_id = ?", voteId)).isEqualTo(7);

        Committee.asStaff(staff);
        votes.close(voteId);
        Vote closed = votes.get(voteId);
        assertThat(List.of(closed.getYes(), closed.getNo(), closed.getAbstain(), closed.getNotVoting())).containsExactly(4, 2, 1, 1);
        assertThat(closed.getAdopted()).isFalse(); // 4 of 8 is not a majority of all
        Tally recount = votes.recount(voteId);
        assertThat(List.of(recount.yes(), recount.no(), recount.abstain())).containsExactly(4, 2, 1);
    }

    @Test
    void aSecretCandidateVoteCountsEachCandidateAndStoresNoVoterWithTheChoices() {
        Fixture f = secretVote(5, VoteKind.CANDIDATES, List.of("张三", "李四"));
        long voteId = f.vote().getId();
        List<Long> options = jdbc.queryForList("select id from vote_option where vote_id = ? order by position", Long.class, voteId);
        for (int i = 0; i < 5; i++) {
            Map<Long, BallotChoice> marks = new HashMap<>();
            marks.put(options.get(0), i < 4 ? BallotChoice.YES : BallotChoice.NO);
            marks.put(options.get(1), i < 2 ? BallotChoice.YES : BallotChoice.ABSTAIN);
            cast(f.people().get(i), voteId, null, marks);
        }
        assertThat(count("select count(*) from secret_ballot_option o join secret_ballot b on b.id = o.ballot_id where b.vote_id = ?", voteId))
                .isEqualTo(10);
        Committee.asStaff(staff);
        Tally tally = votes.recount(voteId);
        assertThat(tally.options()).extracting(Tally.Option::yes).containsExactly(4, 2);
        assertThat(tally.options()).extracting(Tally.Option::abstain).containsExactly(0, 3);
    }

    @Test
    void manyThreadsCastingASecretBallotAtOnceLeaveExactlyOneBallotPerParticipant() throws Exception {
        int n = 40;
        Fixture f = secretVote(n, VoteKind.MOTION, List.of());
        long voteId = f.vote().getId();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> refusals = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (UserAccount person : f.people()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        cast(person, voteId, BallotChoice.YES, Map.of());
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

        assertThat(count("select count(*) from secret_ballot_voter where vote_id = ?", voteId)).isEqualTo(n);
        assertThat(count("select count(*) from secret_ballot where vote_id = ?", voteId)).isEqualTo(n);
        assertThat(refusals).hasSize(2 * n);
    }

    @Test
    void theDatabaseRefusesANamedBallotRowForASecretVote() {
        Fixture f = secretVote(2, VoteKind.MOTION, List.of());
        long participant = jdbc.queryForObject("select id from meeting_participant where meeting_id = ? limit 1", Long.class,
                f.vote().getMeeting().getId());
        assertThatThrownBy(() -> jdbc.update("insert into ballot (vote_id, participant_id, choice, cast_at) values (?, ?, 'YES', now())",
                f.vote().getId(), participant)).hasMessageContaining("secret_ballot");
    }

    /**
     * The migration moves the ballots of secret votes cast before it: a copy of the schema is migrated up to the
     * version before, given a secret and a named vote with ballots, then migrated on.
     */
    @Test
    void theMigrationMovesExistingSecretBallotsAndLeavesNamedOnesAlone() {
        TestDatabase db = TestDatabase.get();
        jdbc.execute("drop schema if exists s08_migration cascade");
        Flyway before = Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).schemas("s08_migration")
                .locations("classpath:db/migration/domain").target("2026.11.29.1302").load();
        before.migrate();
        JdbcTemplate old = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=s08_migration", db.username(), db.password()));
        old.update("insert into term (id, number, name, start_date, current, created_at) values (900, 99, '第九十九届', date '2020-01-01', false, now())");
        old.update("""
                insert into meeting (id, term_id, kind, number, title, start_date, status, created_at)
                values (900, 900, 'STANDING_COMMITTEE', 1, '迁移测试会议', date '2026-01-01', 'IN_PROGRESS', now())""");
        old.update("insert into agenda_item (id, meeting_id, position, type, title, created_at) values (900, 900, 1, 'APPOINTMENT', '任免', now())");
        for (long v : new long[]{900, 901}) {
            old.update("""
                    insert into vote (id, meeting_id, agenda_item_id, title, kind, method, rule, secret, status, created_at)
                    values (?, 900, 900, '表决', 'MOTION', 'ELECTRONIC', 'MAJORITY_OF_ALL', ?, 'OPEN', now())""", v, v == 900);
        }
        String[] choices = {"YES", "YES", "NO", "NOT_VOTED"};
        for (int i = 0; i < choices.length; i++) {
            old.update("insert into user_account (id, username, display_name, password_hash, created_at) values (?, ?, ?, 'x', now())",
                    900 + i, "s08voter" + i, "代表" + i);
            old.update("insert into meeting_participant (id, meeting_id, user_account_id, name, sort_order, attendance, created_at) "
                    + "values (?, 900, ?, ?, ?, 'PRESENT', now())", 900 + i, 900 + i, "代表" + i, i);
            for (long v : new long[]{900, 901}) {
                old.update("insert into ballot (vote_id, participant_id, choice, cast_at) values (?, ?, ?, now())", v, 900 + i, choices[i]);
            }
        }

        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).schemas("s08_migration")
                .locations("classpath:db/migration/domain").load().migrate();

        assertThat(old.queryForObject("select count(*) from ballot where vote_id = 900", Integer.class)).isZero();
        assertThat(old.queryForObject("select count(*) from ballot where vote_id = 901", Integer.class)).isEqualTo(4);
        assertThat(old.queryForList("select participant_id from secret_ballot_voter where vote_id = 900 order by 1", Long.class))
                .containsExactly(900L, 901L, 902L);
        assertThat(old.queryForList("select choice from secret_ballot where vote_id = 900 order by 1", String.class))
                .containsExactly("NO", "YES", "YES");
        jdbc.execute("drop schema s08_migration cascade");
    }

    private Set<String> columns(String table) {
        return Set.copyOf(jdbc.queryForList("select column_name from information_schema.columns where table_schema = 'public' and table_name = ?",
                String.class, table));
    }

    /** The tables a table's foreign keys point to. */
    private List<String> references(String table) {
        return jdbc.queryForList("""
                select c2.relname from pg_constraint k join pg_class c1 on c1.oid = k.conrelid join pg_class c2 on c2.oid = k.confrelid
                join pg_namespace n on n.oid = c1.relnamespace
                where k.contype = 'f' and c1.relname = ? and n.nspname = 'public'
                """, String.class, table);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
