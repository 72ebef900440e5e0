package cn.congress.deputies.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a city's worth of station records straight into the tables (set-based SQL, seconds not minutes): stations in
 * twelve districts, deputies attached, opinions spread over two years in every state, and petition and mediation cases.
 */
final class StationSeeder {

    private StationSeeder() {
    }

    /** Needs a term, a delegation and {@code organIds} of handling units to exist. */
    static void seed(JdbcTemplate jdbc, int stations, int deputies, int opinions, int cases, long termId, long delegationId, Long[] organIds) {
        jdbc.update("""
                insert into liaison_station (kind, name, district, subdistrict, address, contact_phone, opening_hours, active, created_at, created_by)
                select (array['HOME','STATION','POINT'])[1 + g % 3], '基准联络站' || g || '-' || md5(random()::text), '基准区' || (g % 12),
                       '街道' || (g % 40), '基准路' || g || '号', '0571-0000' || g, '工作日 9:00-17:00', true, now(), 'seed'
                from generate_series(1, ?) g""", stations);
        jdbc.update("""
                insert into deputy (term_id, name, gender, delegation_id, status, created_at, created_by)
                select ?, '基准代表' || g, 'MALE', ?, 'SERVING', now(), 'seed' from generate_series(1, ?) g""", termId, delegationId, deputies);
        jdbc.update("drop table if exists seed_station; create temp table seed_station as select row_number() over (order by id) as n, id "
                + "from liaison_station where name like '基准联络站%'");
        jdbc.update("drop table if exists seed_deputy; create temp table seed_deputy as select row_number() over (order by id) as n, id "
                + "from deputy where name like '基准代表%'");
        int s = jdbc.queryForObject("select count(*) from seed_station", Integer.class);
        int d = jdbc.queryForObject("select count(*) from seed_deputy", Integer.class);
        jdbc.update("""
                insert into station_deputy (station_id, deputy_id)
                select st.id, dp.id from seed_station st join seed_deputy dp on dp.n = 1 + (st.n % ?) on conflict do nothing""", d);
        jdbc.update("""
                insert into constituent_opinion (station_id, deputy_id, received_on, resident_name, resident_contact, content, category, status, route,
                    transfer_org_id, transferred_on, transfer_due, answered_on, feedback_on, created_at, created_by)
                select st.id, dp.id, current_date - (g % 730), '居民' || g, '139' || lpad((g % 100000000)::text, 8, '0'),
                       '基准意见' || g || '：小区环境与交通问题', (array['URBAN','TRAFFIC','EDUCATION','HEALTH','SOCIAL','ENVIRONMENT','ECONOMY','SAFETY','OTHER'])[1 + g % 9],
                       x.status, x.route,
                       case when x.route = 'TRANSFERRED' then (?::bigint[])[1 + g % ?] end,
                       case when x.route = 'TRANSFERRED' then current_date - (g % 730) + 1 end,
                       case when x.route = 'TRANSFERRED' then current_date - (g % 730) + 1 + (case when g % 5 = 0 then 7 else 30 end) end,
                       case when x.status in ('ANSWERED', 'CLOSED') and x.route = 'TRANSFERRED' then current_date - (g % 730) + 5 end,
                       case when x.status = 'CLOSED' then current_date - (g % 730) + 6 end, now(), 'seed'
                from generate_series(1, ?) g
                join seed_station st on st.n = 1 + (g % ?)
                join seed_deputy dp on dp.n = 1 + (g % ?)
                cross join lateral (select (array['RECEIVED','SETTLED','TRANSFERRED','ANSWERED','CLOSED','CLOSED','SETTLED','TRANSFERRED'])[1 + (g / 7) % 8] as status) st2
                cross join lateral (select st2.status as status, case st2.status when 'RECEIVED' then null when 'SETTLED' then 'SETTLED'
                                    when 'CLOSED' then (case when g % 2 = 0 then 'SETTLED' else 'TRANSFERRED' end) else 'TRANSFERRED' end as route) x
                """, organIds, organIds.length, opinions, s, d);
        jdbc.update("""
                insert into service_case (type, station_id, deputy_id, title, summary, party_name, received_on, status, outcome, closed_on, created_at, created_by)
                select case when g % 2 = 0 then 'PETITION_AGENCY' else 'PRE_LITIGATION_MEDIATION' end, st.id, dp.id, '基准案件' || g, '摘要', '当事人' || g,
                       current_date - (g % 730), case when g % 4 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
                       case when g % 4 = 0 then null when g % 2 = 0 then (case when g % 5 = 0 then 'UNSOLVED' else 'SOLVED' end)
                            else (case when g % 3 = 0 then 'NOT_MEDIATED' else 'MEDIATED' end) end,
                       case when g % 4 = 0 then null else current_date - (g % 730) + 10 end, now(), 'seed'
                from generate_series(1, ?) g join seed_station st on st.n = 1 + (g % ?) join seed_deputy dp on dp.n = 1 + (g % ?)""", cases, s, d);
        jdbc.execute("analyze liaison_station; analyze station_deputy; analyze constituent_opinion; analyze service_case; analyze deputy");
    }
}
