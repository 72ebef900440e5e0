-- The yearly suggestion figures (SuggestionFigures: filed, answered, solved, evaluated, satisfied, rounds answered and
-- on time, face-to-face) kept as the records change instead of counted per request: counting a year of 100,000
-- suggestions with their rounds and contacts took 130-230 ms, and any change of a suggestion dropped the cached result,
-- so the next reader of the annual report paid for it again.
--
-- Two levels, both written by statement triggers in the transaction that changes the records:
--   suggestion_figure      what each filed suggestion counts as now (its day, kind, answer category, final evaluation,
--                          the contact ways its lead unit used, its answered and on-time rounds);
--   suggestion_figure_day  those rows added up per day and combination of values: a year is a few thousand rows.
-- A change to a suggestion, one of its rounds or contacts re-derives the rows of the suggestions it touched from the
-- records as they are now and adds the difference to the day counts. Re-deriving (rather than adding the changed
-- rows' deltas) keeps the counts exact whatever fires first, e.g. when deleting a suggestion cascades to its rounds.
-- What the rule flags mean (which answer categories solve, which evaluations are dissatisfied, which contact ways are
-- face to face) is not counted in: the counts are kept by value, and the reader applies the flags in force.
--
-- Exact, not estimated (a person reads these numbers). Rounds and contacts lock their suggestion's row (FOR NO KEY
-- UPDATE, as an update of the suggestion does) before re-deriving it, so two transactions touching one suggestion
-- re-derive it one after the other, the second from what the first committed. Day counts are added with
-- `insert ... on conflict do update set n = n + x` in key order (no lost update, no lock-order deadlock).

create table suggestion_figure (
    suggestion_id   bigint      primary key,
    day             date        not null,
    kind            varchar(16) not null,
    -- '' for none, so that the day counts can key on it
    answer_category varchar(16) not null,
    -- the deputy's evaluation that stands (not one that sent the suggestion to another round, nor one being decided
    -- on); '' for none
    evaluation      varchar(32) not null,
    -- the distinct contact ways of the lead unit's contacts with the deputy, sorted; empty unless answered
    lead_ways       text[]      not null,
    rounds_answered integer     not null,
    rounds_on_time  integer     not null
);

create table suggestion_figure_day (
    day             date        not null,
    kind            varchar(16) not null,
    answer_category varchar(16) not null,
    evaluation      varchar(32) not null,
    lead_ways       text[]      not null,
    n               bigint      not null,
    rounds_answered bigint      not null,
    rounds_on_time  bigint      not null,
    primary key (day, kind, answer_category, evaluation, lead_ways)
);

-- Re-derives the figure rows of the given suggestions from the records and adds the difference to the day counts.
-- The definitions are those of SuggestionQueries.measure (the statistics page): a change to one must change the other
-- (SuggestionStatisticsTest compares them).
create function suggestion_figure_refresh(ids bigint[]) returns void language plpgsql as $$
declare
    gone suggestion_figure[];
begin
    if coalesce(cardinality(ids), 0) = 0 then
        return;
    end if;
    with d as (delete from suggestion_figure f where f.suggestion_id = any(ids) returning f)
    select array_agg(d.f) into gone from d;
    with came as (
        insert into suggestion_figure (suggestion_id, day, kind, answer_category, evaluation, lead_ways, rounds_answered, rounds_on_time)
        select s.id, (s.submitted_at at time zone 'Asia/Shanghai')::date, s.kind, coalesce(s.answer_category, ''),
               case when s.satisfaction is not null and s.status not in ('REHANDLING', 'DISSATISFIED') then s.satisfaction else '' end,
               case when s.answer_category is null then '{}'::text[]
                    else coalesce((select array_agg(distinct c.way::text order by c.way::text) from suggestion_contact c
                                   where c.suggestion_id = s.id and c.org_unit_id = s.lead_unit_id), '{}'::text[]) end,
               (select count(*) from suggestion_round x where x.suggestion_id = s.id and x.answered_at is not null),
               (select count(*) from suggestion_round x where x.suggestion_id = s.id and x.answered_at is not null
                  and (x.answered_at at time zone 'Asia/Shanghai')::date <= x.due_on)
        from suggestion s where s.id = any(ids) and s.status <> 'DRAFT'
        returning *
    ), delta as (
        select g.day, g.kind, g.answer_category, g.evaluation, g.lead_ways, -1 as n, -g.rounds_answered as rounds_answered,
               -g.rounds_on_time as rounds_on_time
        from unnest(gone) g
        union all
        select c.day, c.kind, c.answer_category, c.evaluation, c.lead_ways, 1, c.rounds_answered, c.rounds_on_time from came c
    )
    insert into suggestion_figure_day as t (day, kind, answer_category, evaluation, lead_ways, n, rounds_answered, rounds_on_time)
    select day, kind, answer_category, evaluation, lead_ways, sum(n), sum(rounds_answered), sum(rounds_on_time)
    from delta group by day, kind, answer_category, evaluation, lead_ways
    having sum(n) <> 0 or sum(rounds_answered) <> 0 or sum(rounds_on_time) <> 0
    order by day, kind, answer_category, evaluation, lead_ways
    on conflict (day, kind, answer_category, evaluation, lead_ways)
        do update set n = t.n + excluded.n, rounds_answered = t.rounds_answered + excluded.rounds_answered,
                      rounds_on_time = t.rounds_on_time + excluded.rounds_on_time;
end
$$;

-- A suggestion's own statement holds its rows' locks already.
create function suggestion_figure_of_suggestion() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform suggestion_figure_refresh(array(select n.id from new_rows n));
    elsif tg_op = 'UPDATE' then
        perform suggestion_figure_refresh(array(select n.id from new_rows n union select o.id from old_rows o));
    else
        perform suggestion_figure_refresh(array(select o.id from old_rows o));
    end if;
    return null;
end
$$;

-- A round or a contact changes what its suggestion counts: lock the suggestion first (see the head of this file).
create function suggestion_figure_of_child() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        ids := array(select distinct n.suggestion_id from new_rows n order by 1);
    elsif tg_op = 'UPDATE' then
        ids := array(select n.suggestion_id from new_rows n union select o.suggestion_id from old_rows o order by 1);
    else
        ids := array(select distinct o.suggestion_id from old_rows o order by 1);
    end if;
    perform 1 from suggestion s where s.id = any(ids) order by s.id for no key update;
    perform suggestion_figure_refresh(ids);
    return null;
end
$$;

create function suggestion_figure_truncated() returns trigger language plpgsql as $$
begin
    -- truncating rounds or contacts alone changes what the suggestions count: derive everything again
    perform suggestion_figure_rebuild();
    return null;
end
$$;

create trigger suggestion_figure_insert after insert on suggestion
    referencing new table as new_rows for each statement execute function suggestion_figure_of_suggestion();
create trigger suggestion_figure_update after update on suggestion
    referencing old table as old_rows new table as new_rows for each statement execute function suggestion_figure_of_suggestion();
create trigger suggestion_figure_delete after delete on suggestion
    referencing old table as old_rows for each statement execute function suggestion_figure_of_suggestion();
create trigger suggestion_round_figure_insert after insert on suggestion_round
    referencing new table as new_rows for each statement execute function suggestion_figure_of_child();
create trigger suggestion_round_figure_update after update on suggestion_round
    referencing old table as old_rows new table as new_rows for each statement execute function suggestion_figure_of_child();
create trigger suggestion_round_figure_delete after delete on suggestion_round
    referencing old table as old_rows for each statement execute function suggestion_figure_of_child();
create trigger suggestion_contact_figure_insert after insert on suggestion_contact
    referencing new table as new_rows for each statement execute function suggestion_figure_of_child();
create trigger suggestion_contact_figure_update after update on suggestion_contact
    referencing old table as old_rows new table as new_rows for each statement execute function suggestion_figure_of_child();
create trigger suggestion_contact_figure_delete after delete on suggestion_contact
    referencing old table as old_rows for each statement execute function suggestion_figure_of_child();
create trigger suggestion_figure_truncate after truncate on suggestion
    for each statement execute function suggestion_figure_truncated();
create trigger suggestion_round_figure_truncate after truncate on suggestion_round
    for each statement execute function suggestion_figure_truncated();
create trigger suggestion_contact_figure_truncate after truncate on suggestion_contact
    for each statement execute function suggestion_figure_truncated();

-- Derives every figure row and day count from the records (this migration, and by hand should a count ever be
-- doubted: `select suggestion_figure_rebuild()`). Holds off writers of the three tables meanwhile.
create function suggestion_figure_rebuild() returns void language plpgsql as $$
declare
    lo bigint;
begin
    lock table suggestion, suggestion_round, suggestion_contact in share mode;
    delete from suggestion_figure;
    delete from suggestion_figure_day;
    -- in slices of ids, so that no statement carries every suggestion in one array
    lo := 0;
    while lo <= coalesce((select max(id) from suggestion), 0) loop
        perform suggestion_figure_refresh(array(select s.id from suggestion s where s.id >= lo and s.id < lo + 50000));
        lo := lo + 50000;
    end loop;
end
$$;

select suggestion_figure_rebuild();

-- The suggestion figures are read from these counts, no longer cached by the annual report: their tables need not
-- notify (and no longer serialise the commits of every suggestion change on the notification queue's lock).
drop trigger suggestion_figures on suggestion;
drop trigger suggestion_round_figures on suggestion_round;
drop trigger suggestion_contact_figures on suggestion_contact;
