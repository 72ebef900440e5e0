-- Secret ballots (issue 9, checklist S08): who voted and what was voted are kept apart, so that no query can join a
-- voter to a choice. The roll (secret_ballot_voter) names the participant and keeps one row per participant per
-- vote; the ballot box (secret_ballot, secret_ballot_option) has no participant, no time and a random key, so
-- neither a reference nor the order of keys or times leads from a choice back to its voter. Open (named) votes keep
-- the table ballot, which a trigger now refuses for a secret vote.

create table secret_ballot_voter (
    vote_id         bigint      not null references vote (id),
    participant_id  bigint      not null references meeting_participant (id),
    cast_at         timestamptz not null,
    primary key (vote_id, participant_id)
);

create table secret_ballot (
    id       uuid        primary key default gen_random_uuid(),
    vote_id  bigint      not null references vote (id),
    -- null for a candidate vote: its choices are per candidate in secret_ballot_option
    choice   varchar(16) check (choice in ('YES', 'NO', 'ABSTAIN'))
);
create index secret_ballot_vote_idx on secret_ballot (vote_id);

create table secret_ballot_option (
    ballot_id  uuid        not null references secret_ballot (id),
    option_id  bigint      not null references vote_option (id),
    choice     varchar(16) not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (ballot_id, option_id)
);
create index secret_ballot_option_option_idx on secret_ballot_option (option_id);

-- Existing ballots of secret votes move over: the roll keeps who and when, the box gets the choices under new random
-- keys in random order. 未按 rows are not carried: a secret vote counts them as present participants without a ballot.
insert into secret_ballot_voter (vote_id, participant_id, cast_at)
select b.vote_id, b.participant_id, b.cast_at
from ballot b join vote v on v.id = b.vote_id
where v.secret and (b.choice is null or b.choice <> 'NOT_VOTED');

create temporary table moved_ballot on commit drop as
select b.id as old_id, gen_random_uuid() as new_id, b.vote_id, b.choice
from ballot b join vote v on v.id = b.vote_id
where v.secret and (b.choice is null or b.choice <> 'NOT_VOTED');

insert into secret_ballot (id, vote_id, choice)
select new_id, vote_id, choice from moved_ballot order by random();

insert into secret_ballot_option (ballot_id, option_id, choice)
select m.new_id, c.option_id, c.choice
from ballot_option_choice c join moved_ballot m on m.old_id = c.ballot_id
where c.choice <> 'NOT_VOTED'
order by random();

delete from ballot_option_choice c using ballot b, vote v
where b.id = c.ballot_id and v.id = b.vote_id and v.secret;
delete from ballot b using vote v where v.id = b.vote_id and v.secret;

-- Named ballots only: a secret vote's ballot in this table would link the participant to the choice.
create function ballot_is_named() returns trigger language plpgsql as $$
begin
    if exists (select 1 from vote where id = new.vote_id and secret) then
        raise exception 'a secret vote keeps its ballots in secret_ballot, never in ballot (vote %)', new.vote_id;
    end if;
    return new;
end $$;
create trigger ballot_is_named before insert or update on ballot for each row execute function ballot_is_named();
