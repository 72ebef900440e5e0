-- How many suggestions each lead unit has in each status, kept as the suggestions change, in the same transaction, by
-- statement triggers (one set-based pass per statement: the volume generator's bulk insert is one pass). The staff's
-- list, whole or filtered by status, and a unit's list showed a count that visited every row (up to 10,000 of them,
-- then the planner's estimate, 约10万); they now add up a few counter rows and show the exact number.
--
-- Exact: every insert, update and delete adds the new rows' contribution and subtracts the old rows' with
-- `insert ... on conflict do update set n = n + x`, which PostgreSQL applies atomically, so concurrent changes lose no
-- update. An update that changes neither the status nor the lead unit writes nothing. Suggestions change a few
-- hundred times a day, so one row per status and unit needs no stripes (see draft_comment_counts for a table that does).
create table suggestion_count (
    status       varchar(20) not null,
    lead_unit_id bigint      not null, -- 0: no lead unit yet
    n            bigint      not null,
    primary key (status, lead_unit_id)
);

create function suggestion_count_tally(changes suggestion_count[]) returns void language sql as $$
    insert into suggestion_count as t (status, lead_unit_id, n)
    select c.status, c.lead_unit_id, sum(c.n) from unnest(changes) c
    group by c.status, c.lead_unit_id having sum(c.n) <> 0
    on conflict (status, lead_unit_id) do update set n = t.n + excluded.n
$$;

create function suggestion_counts_inserted() returns trigger language plpgsql as $$
begin
    perform suggestion_count_tally(array(select row(n.status, coalesce(n.lead_unit_id, 0), 1)::suggestion_count from new_rows n));
    return null;
end
$$;

create function suggestion_counts_updated() returns trigger language plpgsql as $$
begin
    perform suggestion_count_tally(array(select row(n.status, coalesce(n.lead_unit_id, 0), 1)::suggestion_count from new_rows n
                                         union all
                                         select row(o.status, coalesce(o.lead_unit_id, 0), -1)::suggestion_count from old_rows o));
    return null;
end
$$;

create function suggestion_counts_deleted() returns trigger language plpgsql as $$
begin
    perform suggestion_count_tally(array(select row(o.status, coalesce(o.lead_unit_id, 0), -1)::suggestion_count from old_rows o));
    return null;
end
$$;

create trigger suggestion_counts_insert after insert on suggestion
    referencing new table as new_rows for each statement execute function suggestion_counts_inserted();
create trigger suggestion_counts_update after update on suggestion
    referencing new table as new_rows old table as old_rows for each statement execute function suggestion_counts_updated();
create trigger suggestion_counts_delete after delete on suggestion
    referencing old table as old_rows for each statement execute function suggestion_counts_deleted();

-- A truncate leaves no suggestion to count.
create function suggestion_counts_truncated() returns trigger language plpgsql as $$
begin
    delete from suggestion_count;
    return null;
end
$$;
create trigger suggestion_counts_truncate after truncate on suggestion
    for each statement execute function suggestion_counts_truncated();

-- Recounts from the suggestions (should the counters ever be doubted: `select suggestion_counts_rebuild()`); holds
-- off writers of suggestion meanwhile.
create function suggestion_counts_rebuild() returns void language plpgsql as $$
begin
    lock table suggestion in share mode;
    delete from suggestion_count;
    insert into suggestion_count (status, lead_unit_id, n)
    select status, coalesce(lead_unit_id, 0), count(*) from suggestion group by status, coalesce(lead_unit_id, 0);
end
$$;

select suggestion_counts_rebuild();
