-- Rendered public pages are reused (web PublicPageCache) only while the data behind them is unchanged: every change of
-- a source table, by any path, bumps its area's version in the changing transaction, so a reader on any instance sees
-- the new version exactly when the change commits. A row per area, not a sequence: a sequence moves before the commit,
-- and a page rendered from the old data could then be stored under the new version.
create table page_source_version (
    area    varchar(40) primary key,
    version bigint not null default 0
);

create function bump_page_source_version() returns trigger language plpgsql as $$
begin
    update page_source_version set version = version + 1 where area = tg_argv[0];
    return null;
end $$;

insert into page_source_version (area) values ('regulations'), ('suggestions');

-- the names of units and rules shown on public pages
create trigger org_unit_page_source after insert or update or delete or truncate on org_unit
    for each statement execute function bump_page_source_version('suggestions');
