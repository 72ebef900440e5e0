-- Counts of draft comments kept as the comments arrive and change, in the same transaction, by statement triggers
-- (one set-based pass per statement, so a bulk insert of 100,000 comments costs one pass, not 100,000 trigger calls).
-- Counting a year of a million comments took 735 ms for the annual report, and the public draft page and every
-- public submission counted the consultation's comments per article; both now read a few counter rows.
--
-- Exact, not estimated (a person reads these numbers): every insert, update and delete of draft_comment adds the
-- new rows' contribution and subtracts the old rows' with `insert ... on conflict do update set n = n + x`, which
-- PostgreSQL applies atomically, so concurrent submissions lose no update. Counter rows are split into stripes
-- (the backend's pid modulo 8): at a thousand submissions a second one row per day would be a queue of row locks
-- held until each commit. Readers add the stripes up.

-- Per day (of submitted_at in Asia/Shanghai, the committee's zone): the figures of ConsultationFigures.
-- participants: the year's distinct participants (see draft_comment_participant), kept on the year's 1 January; only
-- the sum over a whole calendar year means something.
create table draft_comment_day_count (
    day              date     not null,
    stripe           smallint not null,
    website          bigint   not null default 0,
    contact_point    bigint   not null default 0,
    other            bigint   not null default 0,
    adopted          bigint   not null default 0,
    people_consulted bigint   not null default 0,
    participants     bigint   not null default 0,
    primary key (day, stripe)
);

-- Per calendar year and participant (client, account, or the comment itself when neither is known): how many of
-- its counted comments (not hidden, not gathered by a contact point) were submitted in that year. A participant's
-- count going from 0 to more adds one to the year's participants, and back to 0 takes one away.
create table draft_comment_participant (
    year        integer     not null,
    participant varchar(80) not null,
    comments    bigint      not null,
    primary key (year, participant)
);

-- Per consultation and article (0 = the whole draft): published comments (the public page) and all but hidden ones
-- (the staff page).
create table draft_comment_article_count (
    consultation_id bigint   not null references consultation (id),
    article_no      integer  not null,
    stripe          smallint not null,
    published       bigint   not null default 0,
    visible         bigint   not null default 0,
    primary key (consultation_id, article_no, stripe)
);

-- What one comment row contributes to the counters; sign -1 for a row that goes away (delete, the old side of an update).
create type draft_comment_contribution as (
    consultation_id  bigint,
    article_no       integer,
    day              date,
    year             integer,
    participant      varchar(80),
    published        integer,
    visible          integer,
    website          integer,
    contact_point    integer,
    other            integer,
    adopted          integer,
    people_consulted bigint,
    counted          integer
);

create function draft_comment_contribution_of(c draft_comment, sign integer) returns draft_comment_contribution
    language sql immutable as $$
    select row(c.consultation_id, coalesce(c.article_no, 0),
               (c.submitted_at at time zone 'Asia/Shanghai')::date,
               extract(year from c.submitted_at at time zone 'Asia/Shanghai')::integer,
               case when c.moderation <> 'HIDDEN' and c.contact_point_id is null
                    then coalesce(c.client_key, 'a' || c.account_id, 'r' || c.id) end,
               sign * (c.moderation = 'PUBLISHED')::integer,
               sign * (c.moderation <> 'HIDDEN')::integer,
               sign * (c.moderation <> 'HIDDEN' and c.duplicate_of_id is null and c.channel = 'WEBSITE')::integer,
               sign * (c.moderation <> 'HIDDEN' and c.duplicate_of_id is null and c.channel = 'CONTACT_POINT')::integer,
               sign * (c.moderation <> 'HIDDEN' and c.duplicate_of_id is null and c.channel not in ('WEBSITE', 'CONTACT_POINT'))::integer,
               sign * (c.moderation <> 'HIDDEN' and c.duplicate_of_id is null
                       and c.decision is not null and c.decision in ('ADOPTED', 'PARTLY_ADOPTED'))::integer,
               sign * case when c.moderation <> 'HIDDEN' and c.contact_point_id is not null then coalesce(c.people_consulted, 0) else 0 end,
               sign * (c.moderation <> 'HIDDEN' and c.contact_point_id is null)::integer
           )::draft_comment_contribution
$$;

-- Adds the contributions to the counters: rows whose net change is zero (an update that touched none of the counted
-- columns) write nothing.
create function draft_comment_tally(changes draft_comment_contribution[]) returns void language plpgsql as $$
declare
    s smallint := (pg_backend_pid() % 8)::smallint;
begin
    insert into draft_comment_article_count as t (consultation_id, article_no, stripe, published, visible)
    select c.consultation_id, c.article_no, s, sum(c.published), sum(c.visible)
    from unnest(changes) c where c.consultation_id is not null
    group by c.consultation_id, c.article_no
    having sum(c.published) <> 0 or sum(c.visible) <> 0
    on conflict (consultation_id, article_no, stripe)
        do update set published = t.published + excluded.published, visible = t.visible + excluded.visible;

    with delta as (
        select c.year, c.participant, sum(c.counted) as n
        from unnest(changes) c where c.participant is not null
        group by c.year, c.participant having sum(c.counted) <> 0
    ), after as (
        insert into draft_comment_participant as t (year, participant, comments)
        select year, participant, n from delta
        on conflict (year, participant) do update set comments = t.comments + excluded.comments
        returning t.year, t.participant, t.comments
    ), joined as (
        -- before = after - delta: a participant who had no counted comment in the year and now has one is new, and
        -- one whose last counted comment went away is no longer a participant
        select a.year, sum(case when a.comments > 0 and a.comments - d.n <= 0 then 1
                                when a.comments <= 0 and a.comments - d.n > 0 then -1 else 0 end) as participants
        from after a join delta d on d.year = a.year and d.participant = a.participant
        group by a.year
    ), per_day as (
        select c.day, sum(c.website) as website, sum(c.contact_point) as contact_point, sum(c.other) as other,
               sum(c.adopted) as adopted, sum(c.people_consulted) as people_consulted, 0::bigint as participants
        from unnest(changes) c group by c.day
        union all
        select make_date(j.year, 1, 1), 0, 0, 0, 0, 0, j.participants from joined j where j.participants <> 0
    )
    insert into draft_comment_day_count as t (day, stripe, website, contact_point, other, adopted, people_consulted, participants)
    select day, s, sum(website), sum(contact_point), sum(other), sum(adopted), sum(people_consulted), sum(participants)
    from per_day group by day
    having sum(website) <> 0 or sum(contact_point) <> 0 or sum(other) <> 0 or sum(adopted) <> 0 or sum(people_consulted) <> 0
        or sum(participants) <> 0
    on conflict (day, stripe) do update set website = t.website + excluded.website, contact_point = t.contact_point + excluded.contact_point,
        other = t.other + excluded.other, adopted = t.adopted + excluded.adopted,
        people_consulted = t.people_consulted + excluded.people_consulted, participants = t.participants + excluded.participants;
end
$$;

create function draft_comment_counts_inserted() returns trigger language plpgsql as $$
begin
    perform draft_comment_tally(array(select draft_comment_contribution_of(n, 1) from new_rows n));
    return null;
end
$$;

create function draft_comment_counts_updated() returns trigger language plpgsql as $$
begin
    perform draft_comment_tally(array(select draft_comment_contribution_of(n, 1) from new_rows n
                                      union all
                                      select draft_comment_contribution_of(o, -1) from old_rows o));
    return null;
end
$$;

create function draft_comment_counts_deleted() returns trigger language plpgsql as $$
begin
    perform draft_comment_tally(array(select draft_comment_contribution_of(o, -1) from old_rows o));
    return null;
end
$$;

create function draft_comment_counts_truncated() returns trigger language plpgsql as $$
begin
    delete from draft_comment_article_count;
    delete from draft_comment_participant;
    delete from draft_comment_day_count;
    return null;
end
$$;

create trigger draft_comment_counts_insert after insert on draft_comment
    referencing new table as new_rows for each statement execute function draft_comment_counts_inserted();
create trigger draft_comment_counts_update after update on draft_comment
    referencing old table as old_rows new table as new_rows for each statement execute function draft_comment_counts_updated();
create trigger draft_comment_counts_delete after delete on draft_comment
    referencing old table as old_rows for each statement execute function draft_comment_counts_deleted();
create trigger draft_comment_counts_truncate after truncate on draft_comment
    for each statement execute function draft_comment_counts_truncated();

-- Rebuilds every counter from the records (this migration, and by hand should a counter ever be doubted:
-- `select draft_comment_counts_rebuild()`). Holds off writers of draft_comment meanwhile.
create function draft_comment_counts_rebuild() returns void language plpgsql as $$
declare
    lo bigint;
begin
    lock table draft_comment in share mode;
    delete from draft_comment_article_count;
    delete from draft_comment_participant;
    delete from draft_comment_day_count;
    -- in slices of ids, so that a million comments never sit in one array
    lo := 0;
    while lo <= coalesce((select max(id) from draft_comment), 0) loop
        perform draft_comment_tally(array(select draft_comment_contribution_of(c, 1) from draft_comment c
                                          where c.id >= lo and c.id < lo + 100000));
        lo := lo + 100000;
    end loop;
end
$$;

select draft_comment_counts_rebuild();

-- The figures of comments no longer need the annual report's cache (they are read from the counters), and a NOTIFY
-- in every submission's transaction serialises the commits of all submitters on the notification queue's lock.
drop trigger draft_comment_figures on draft_comment;
drop trigger consultation_figures on consultation;
