-- Tamper evidence of the audit log (等保 8.1.4.3 c/d, issue 9): every row carries an HMAC of its content (key held
-- outside the database), and a chain links each row to the one sealed before it, so that a changed, removed or
-- forged row is found by the verifier. Retention purges old rows only behind a checkpoint that keeps the rest of
-- the chain verifiable.

-- HMAC-SHA256 of the row's content, written by the application with the row.
alter table audit_entry add column row_mac varchar(64);

-- Rows written before the chain existed carry no row MAC; the sealer links them once, the first time it runs.
-- A row after this id without a valid row MAC was not written by the application.
create table audit_chain_start (
    only_row          boolean primary key default true check (only_row),
    legacy_through_id bigint not null
);
insert into audit_chain_start (legacy_through_id) select coalesce(max(id), 0) from audit_entry;

-- One link per audit row, in the order the sealer found the rows committed (seq 1, 2, 3, … without gaps):
-- mac = HMAC(key, prev_mac | seq | entry_id | row_mac).
create table audit_chain (
    seq       bigint       primary key,
    entry_id  bigint       not null unique,
    row_mac   varchar(64)  not null,
    prev_mac  varchar(64)  not null,
    mac       varchar(64)  not null,
    sealed_at timestamptz  not null
);

-- What the retention job purged: the last purged link (the next link's prev_mac is its mac), the archive file
-- and its SHA-256, each checkpoint chained to the previous one with the same key.
create table audit_checkpoint (
    id               bigint generated always as identity primary key,
    created_at       timestamptz  not null,
    purged_before    timestamptz  not null,
    through_seq      bigint       not null,
    through_mac      varchar(64)  not null,
    through_entry_id bigint       not null,
    rows_purged      bigint       not null,
    archive_file     varchar(500) not null,
    archive_sha256   varchar(64)  not null,
    prev_mac         varchar(64)  not null,
    mac              varchar(64)  not null
);

-- The audit tables stay append-only; only audit_purge (below, running as the schema owner) may delete, and only
-- what a checkpoint covers and what is older than 184 days.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('congress.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception '审计日志只能追加，不能修改或删除' using errcode = '42501';
end $$;

create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function audit_entry_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_entry_append_only();
create trigger audit_checkpoint_no_change before update or delete on audit_checkpoint
    for each row execute function audit_entry_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_entry_append_only();
create trigger audit_chain_start_no_change before update or delete on audit_chain_start
    for each row execute function audit_entry_append_only();

-- 网络安全法 第二十一条: network logs are kept for at least six months (184 days). The runtime account cannot
-- delete audit rows at all; this function, owned by the schema owner, deletes the rows and links up to a
-- checkpoint already written, and refuses anything younger than 184 days.
create function audit_purge(p_checkpoint_id bigint) returns bigint
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    cp      audit_checkpoint%rowtype;
    removed bigint;
begin
    select * into cp from audit_checkpoint where id = p_checkpoint_id;
    if not found then
        raise exception '没有该检查点' using errcode = '22023';
    end if;
    if cp.purged_before > now() - interval '184 days' then
        raise exception '审计日志至少保存184天' using errcode = '22023';
    end if;
    if exists (select 1 from audit_chain c join audit_entry e on e.id = c.entry_id
               where c.seq <= cp.through_seq and e.occurred_at >= cp.purged_before) then
        raise exception '检查点之前有未满保存期限的审计记录' using errcode = '22023';
    end if;
    perform set_config('congress.audit_purge', 'on', true);
    delete from audit_entry e using audit_chain c where c.entry_id = e.id and c.seq <= cp.through_seq;
    get diagnostics removed = row_count;
    -- Legacy rows that were never linked (the chain links all of them on its first run) go with the others.
    delete from audit_chain where seq <= cp.through_seq;
    perform set_config('congress.audit_purge', 'off', true);
    return removed;
end $$;
revoke all on function audit_purge(bigint) from public;

-- The runtime account may add to and read the chain tables, and call the purge; nothing else (see 1300).
do $$
declare
    grantee_name text;
begin
    for grantee_name in select distinct grantee from information_schema.role_table_grants
                        where table_name in ('audit_chain', 'audit_checkpoint', 'audit_chain_start')
                          and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
                          and grantee <> current_user and grantee <> 'PUBLIC'
    loop
        execute format('revoke update, delete, truncate on audit_chain, audit_checkpoint, audit_chain_start from %I', grantee_name);
        execute format('grant execute on function audit_purge(bigint) to %I', grantee_name);
    end loop;
end $$;

-- Retention rules: purging is off until the rules table turns it on; rows are kept at least 184 days.
insert into rule_definition (rule_key, label, description, value_type, unit, category, min_value, max_value, sort_order) values
('security.audit-purge-enabled', '清理过期审计日志', '1：定时任务将超过保存期限的审计日志导出到文件后从数据库清理；0：不清理', 'INTEGER', null, '安全策略', 0, 1, 50),
('security.audit-retention-days', '审计日志保存天数', '审计日志在数据库中至少保存的天数（网络安全法：不少于六个月）', 'INTEGER', '日', '安全策略', 184, 3650, 60);

insert into rule_value (rule_key, effective_from, rule_value, remark, created_at, created_by) values
('security.audit-purge-enabled', date '2020-01-01', '0', '默认不清理', now(), 'system'),
('security.audit-retention-days', date '2020-01-01', '365', null, now(), 'system');
