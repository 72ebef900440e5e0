package cn.congress.domain.session;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ballots in plain SQL: a secret ballot's choice must never reach the audit log, and a ballot is the hot path of a
 * session (hundreds cast within seconds), so each is a couple of statements. A named vote keeps one row per
 * participant in {@code ballot} (its unique constraint {@code ballot_one_per_participant} is the one-vote rule). A
 * secret vote keeps who voted and what was voted apart (checklist S08): the roll {@code secret_ballot_voter} (one row
 * per participant, its primary key the one-vote rule) and the box {@code secret_ballot}/{@code secret_ballot_option},
 * which holds no participant, no time and random keys, so that nothing joins a choice to its voter.
 */
@Component
@RequiredArgsConstructor
class BallotStore {

    private final JdbcTemplate jdbc;

    /** Advisory-lock class of votes: casting holds it shared, closing exclusively. */
    private static final int VOTE_LOCK = 20261121;

    /**
     * What casting a ballot needs to know. Read after taking the vote's shared advisory lock, so that a closing
     * transaction (which takes it exclusively) waits for ballots in flight and ballots after it see it closed.
     * An advisory lock rather than {@code FOR SHARE}: hundreds of concurrent share-lockers of one row would each
     * rewrite its multixact.
     */
    record CastContext(VoteStatus status, VoteKind kind, VoteMethod method, SessionKind sessionKind,
                       boolean changeAllowed, Long participantId, Attendance attendance, boolean secret) {
    }

    CastContext lockForCasting(long voteId, long accountId) {
        jdbc.query("select pg_advisory_xact_lock_shared(?, ?)", rs -> { }, VOTE_LOCK, (int) voteId);
        List<CastContext> rows = jdbc.query("""
                select v.status, v.kind, v.method, m.kind, m.ballot_change_allowed, p.id, p.attendance, v.secret
                from vote v join meeting m on m.id = v.meeting_id
                left join meeting_participant p on p.meeting_id = v.meeting_id and p.user_account_id = ?
                where v.id = ?
                """, (rs, i) -> new CastContext(VoteStatus.valueOf(rs.getString(1)), VoteKind.valueOf(rs.getString(2)),
                VoteMethod.valueOf(rs.getString(3)), SessionKind.valueOf(rs.getString(4)), rs.getBoolean(5),
                (Long) rs.getObject(6), rs.getString(7) == null ? null : Attendance.valueOf(rs.getString(7)), rs.getBoolean(8)),
                accountId, voteId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Waits for every ballot in flight on the vote to commit and holds further ones until this transaction ends. */
    void lockForClosing(long voteId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> { }, VOTE_LOCK, (int) voteId);
    }

    /** Inserts the ballot unless one exists; returns its id, or null when the participant had already voted. */
    Long insert(long voteId, long participantId, BallotChoice choice, Instant now) {
        List<Long> ids = jdbc.queryForList("""
                insert into ballot (vote_id, participant_id, choice, cast_at) values (?, ?, ?, ?)
                on conflict on constraint ballot_one_per_participant do nothing returning id
                """, Long.class, voteId, participantId, choice == null ? null : choice.name(), Timestamp.from(now));
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * Casts a secret ballot: the participant goes on the roll, the choices into the box, in two rows that share
     * nothing but the vote. Returns false, storing nothing, when the participant is on the roll already (a secret
     * ballot cannot be changed: nothing says which box row was theirs).
     */
    boolean insertSecret(long voteId, long participantId, BallotChoice choice, Map<Long, BallotChoice> optionChoices, Instant now) {
        int onRoll = jdbc.update("""
                insert into secret_ballot_voter (vote_id, participant_id, cast_at) values (?, ?, ?)
                on conflict do nothing
                """, voteId, participantId, Timestamp.from(now));
        if (onRoll == 0) {
            return false;
        }
        java.util.UUID ballot = jdbc.queryForObject("insert into secret_ballot (vote_id, choice) values (?, ?) returning id",
                java.util.UUID.class, voteId, choice == null ? null : choice.name());
        List<Object[]> rows = new ArrayList<>();
        optionChoices.forEach((option, c) -> rows.add(new Object[]{ballot, option, c.name()}));
        jdbc.batchUpdate("insert into secret_ballot_option (ballot_id, option_id, choice) values (?, ?, ?)", rows);
        return true;
    }

    /** Changes an existing ballot; returns its id. */
    long change(long voteId, long participantId, BallotChoice choice, Instant now) {
        return jdbc.queryForObject("""
                update ballot set choice = ?, changed_at = ? where vote_id = ? and participant_id = ? returning id
                """, Long.class, choice == null ? null : choice.name(), Timestamp.from(now), voteId, participantId);
    }

    void replaceOptionChoices(long ballotId, Map<Long, BallotChoice> choices) {
        jdbc.update("delete from ballot_option_choice where ballot_id = ?", ballotId);
        List<Object[]> rows = new ArrayList<>();
        choices.forEach((option, choice) -> rows.add(new Object[]{ballotId, option, choice.name()}));
        jdbc.batchUpdate("insert into ballot_option_choice (ballot_id, option_id, choice) values (?, ?, ?)", rows);
    }

    /** Records 未按 for every present participant who has not voted. */
    int recordNotVoting(long voteId, long meetingId, Instant now) {
        return jdbc.update("""
                insert into ballot (vote_id, participant_id, choice, cast_at)
                select ?, p.id, 'NOT_VOTED', ? from meeting_participant p
                where p.meeting_id = ? and p.attendance = 'PRESENT'
                  and not exists (select 1 from ballot b where b.vote_id = ? and b.participant_id = p.id)
                """, voteId, Timestamp.from(now), meetingId, voteId);
    }

    /** Counts from the stored ballots; {@code notVoting} counts present participants without a ballot as well. */
    Tally tally(long voteId, long meetingId, boolean secret) {
        Map<String, Integer> byChoice = new LinkedHashMap<>();
        int[] castForCandidates = {0};
        jdbc.query("select choice, count(*) from " + (secret ? "secret_ballot" : "ballot") + " where vote_id = ? group by choice", rs -> {
            if (rs.getString(1) == null) {
                castForCandidates[0] = rs.getInt(2);
            } else {
                byChoice.put(rs.getString(1), rs.getInt(2));
            }
        }, voteId);
        int[] people = jdbc.queryForObject("""
                select count(*), count(*) filter (where attendance = 'PRESENT') from meeting_participant where meeting_id = ?
                """, (rs, i) -> new int[]{rs.getInt(1), rs.getInt(2)}, meetingId);
        List<Tally.Option> options = jdbc.query("""
                select o.id,
                       count(c.ballot_id) filter (where c.choice = 'YES'),
                       count(c.ballot_id) filter (where c.choice = 'NO'),
                       count(c.ballot_id) filter (where c.choice = 'ABSTAIN')
                from vote_option o left join %s c on c.option_id = o.id
                where o.vote_id = ? group by o.id order by o.id
                """.formatted(secret ? "secret_ballot_option" : "ballot_option_choice"), (rs, i) -> new Tally.Option(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), voteId);
        int yes = byChoice.getOrDefault("YES", 0);
        int no = byChoice.getOrDefault("NO", 0);
        int abstain = byChoice.getOrDefault("ABSTAIN", 0);
        int voted = yes + no + abstain + castForCandidates[0];
        int notVoting = Math.max(byChoice.getOrDefault("NOT_VOTED", 0), people[1] - voted);
        return new Tally(people[0], people[1], yes, no, abstain, notVoting, options);
    }

    /** Ballots cast so far (without 未按), for the live turnout counter. */
    int castCount(long voteId, boolean secret) {
        if (secret) {
            return jdbc.queryForObject("select count(*) from secret_ballot_voter where vote_id = ?", Integer.class, voteId);
        }
        return jdbc.queryForObject("select count(*) from ballot where vote_id = ? and (choice is null or choice <> 'NOT_VOTED')",
                Integer.class, voteId);
    }

    /** The participant's current ballot, or null. */
    BallotChoice choiceOf(long voteId, long participantId) {
        List<String> c = jdbc.query("select coalesce(choice, 'YES') from ballot where vote_id = ? and participant_id = ?",
                (rs, i) -> rs.getString(1), voteId, participantId);
        return c.isEmpty() ? null : BallotChoice.valueOf(c.get(0));
    }

    Map<Long, BallotChoice> optionChoicesOf(long voteId, long participantId) {
        Map<Long, BallotChoice> result = new LinkedHashMap<>();
        jdbc.query("""
                select c.option_id, c.choice from ballot_option_choice c join ballot b on b.id = c.ballot_id
                where b.vote_id = ? and b.participant_id = ?
                """, rs -> {
            result.put(rs.getLong(1), BallotChoice.valueOf(rs.getString(2)));
        }, voteId, participantId);
        return result;
    }

    /** Names per choice of an open-ballot vote, in the participants' order. */
    Map<BallotChoice, List<String>> namesByChoice(long voteId) {
        Map<BallotChoice, List<String>> result = new EnumMap<>(BallotChoice.class);
        for (BallotChoice c : BallotChoice.values()) {
            result.put(c, new ArrayList<>());
        }
        jdbc.query("""
                select b.choice, p.name from ballot b join meeting_participant p on p.id = b.participant_id
                where b.vote_id = ? and b.choice is not null order by p.sort_order, p.id
                """, rs -> {
            result.get(BallotChoice.valueOf(rs.getString(1))).add(rs.getString(2));
        }, voteId);
        return result;
    }

    /**
     * The open votes of the meetings the account takes part in, oldest first, with whether it has voted: one statement
     * (the dashboard of every deputy and member reads it).
     */
    List<VoteService.Pending> openFor(long accountId) {
        return jdbc.query("""
                select v.id, v.title, m.title,
                       exists (select 1 from ballot b join meeting_participant p on p.id = b.participant_id
                               where b.vote_id = v.id and p.user_account_id = ?)
                       or exists (select 1 from secret_ballot_voter r join meeting_participant p on p.id = r.participant_id
                                  where r.vote_id = v.id and p.user_account_id = ?)
                from vote v join meeting m on m.id = v.meeting_id
                where v.status = 'OPEN' and exists (select 1 from meeting_participant p where p.meeting_id = m.id and p.user_account_id = ?)
                order by v.opened_at, v.id
                """, (rs, i) -> new VoteService.Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                accountId, accountId, accountId);
    }

    /** Vote ids among {@code voteIds} in which the participant account has a ballot. */
    List<Long> votedAmong(long accountId, List<Long> voteIds) {
        if (voteIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                select b.vote_id from ballot b join meeting_participant p on p.id = b.participant_id
                where p.user_account_id = ? and b.vote_id = any (?)
                union all
                select r.vote_id from secret_ballot_voter r join meeting_participant p on p.id = r.participant_id
                where p.user_account_id = ? and r.vote_id = any (?)
                """, Long.class, accountId, voteIds.toArray(Long[]::new), accountId, voteIds.toArray(Long[]::new));
    }
}
