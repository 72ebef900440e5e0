package cn.congress.oversight.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds several years of a large city's oversight straight into the tables (set-based SQL, seconds not minutes):
 * supervised organs, one adopted plan a year, topics of every kind and state, a review opinion for most heard topics,
 * and problem items spread over the organs in every state, older years mostly closed, some overdue.
 */
final class OversightSeeder {

    private OversightSeeder() {
    }

    /** Topics and items are spread evenly over {@code years} plans ending with {@code lastYear}. */
    static void seed(JdbcTemplate jdbc, int organs, int topics, int problems, int lastYear, int years) {
        jdbc.update("""
                insert into org_unit (name, code, type, sort_order, created_at, created_by)
                select '基准受监督单位' || g, 'BENCH-ORG-' || g, 'GOVERNMENT_DEPARTMENT', 1000 + g, now(), 'seed'
                from generate_series(1, ?) g""", organs);
        jdbc.update("""
                insert into org_unit (name, code, type, sort_order, created_at, created_by)
                select '基准工作机构' || g, 'BENCH-BODY-' || g, 'WORKING_BODY', 900 + g, now(), 'seed' from generate_series(1, 6) g""");
        jdbc.update("drop table if exists seed_organ; create temp table seed_organ as select row_number() over (order by id) as n, id "
                + "from org_unit where code like 'BENCH-ORG-%'");
        jdbc.update("drop table if exists seed_body; create temp table seed_body as select row_number() over (order by id) as n, id "
                + "from org_unit where code like 'BENCH-BODY-%'");
        jdbc.update("""
                insert into oversight_plan (year, title, status, adopted_on, published, created_at, created_by)
                select y, y || '年度监督工作计划（基准）', 'ADOPTED', make_date(y, 1, 20), true, now(), 'seed'
                from generate_series(? - ? + 1, ?) y""", lastYear, years, lastYear);
        // topic g belongs to year (lastYear - g % years); 80 % of topics were heard and have an opinion
        jdbc.update("""
                insert into oversight_topic (plan_id, title, kind, lead_body_id, organ_id, planned_month, summary, status, created_at, created_by)
                select pl.id, '基准议题' || g || '：' || (array['义务教育','食品安全','生态环境','医疗保障','养老服务','城市更新','营商环境','安全生产'])[1 + g % 8],
                       (array['SPECIAL_REPORT','LAW_INSPECTION','SPECIAL_INQUIRY','RESEARCH','VISIT','SPECIAL_REPORT','LAW_INSPECTION','FOLLOW_UP'])[1 + g % 8],
                       b.id, o.id, 1 + g % 12, '基准议题说明',
                       case when g % 10 < 8 then (case when g % 3 = 0 then 'COMPLETED' else 'OPINION_ISSUED' end)
                            else (array['PLANNED','PREPARING','SCHEDULED','HEARD','DROPPED'])[1 + g % 5] end, now(), 'seed'
                from generate_series(1, ?) g
                join oversight_plan pl on pl.year = ? - g % ?
                join seed_body b on b.n = 1 + g % 6
                join seed_organ o on o.n = 1 + g % ?""", topics, lastYear, years, organs);
        jdbc.update("""
                insert into oversight_opinion (topic_id, document_no, title, content, report_kind, organ_id, issued_on, status, round, released,
                                               created_at, created_by)
                select t.id, '基准审〔' || pl.year || '〕' || t.id || '号', '关于' || t.title || '的审议意见', '审议意见正文',
                       case t.kind when 'LAW_INSPECTION' then 'INSPECTION' when 'SPECIAL_INQUIRY' then 'INQUIRY' else 'SPECIAL' end,
                       t.organ_id, make_date(pl.year, t.planned_month, 1 + (t.id % 27)::int),
                       (array['ISSUED','REPORTED','UNDER_EVALUATION','ACCEPTED','RE_REPORT'])[1 + (t.id % 5)::int], 1, t.id % 2 = 0, now(), 'seed'
                from oversight_topic t join oversight_plan pl on pl.id = t.plan_id
                where t.status in ('OPINION_ISSUED', 'COMPLETED') and t.title like '基准议题%'""");
        jdbc.update("drop table if exists seed_opinion; create temp table seed_opinion as select row_number() over (order by op.id) as n, "
                + "op.id, op.organ_id, op.issued_on from oversight_opinion op where op.document_no like '基准审%'");
        int opinions = jdbc.queryForObject("select count(*) from seed_opinion", Integer.class);
        // item g belongs to opinion 1 + g % opinions (seq g / opinions + 1); two in five go to another organ than the opinion's
        jdbc.update("""
                insert into oversight_problem (opinion_id, seq, description, organ_id, measures_required, deadline, status, source, closed_on,
                                               measures_taken, submitted_at, created_at, created_by)
                select op.id, 1 + g / ?, '基准问题' || g || '：' || (array['整改进度滞后','资金未落实到位','监管责任不清','群众反映强烈','制度建设不健全'])[1 + g % 5],
                       case when g % 5 < 2 then o.id else op.organ_id end, '限期整改并报告', op.issued_on + (90 + g % 300),
                       x.status, (array['OPINION','OPINION','INSPECTION','INQUIRY'])[1 + g % 4],
                       case when x.status = 'CLOSED' then least(op.issued_on + (60 + g % 400), current_date) end,
                       case when x.status in ('REPORTED', 'CLOSED', 'RECTIFYING') then '已采取整改措施' end,
                       case when x.status in ('REPORTED', 'CLOSED') then now() end, now(), 'seed'
                from generate_series(0, ? - 1) g
                join seed_opinion op on op.n = 1 + g % ?
                join seed_organ o on o.n = 1 + g % ?
                cross join lateral (select case
                    when extract(year from op.issued_on) < ? then (array['CLOSED','CLOSED','CLOSED','CLOSED','LONG_TERM','RECTIFYING','CARRIED_OVER'])[1 + g % 7]
                    else (array['ASSIGNED','RECTIFYING','RECTIFYING','REPORTED','CLOSED','CLOSED','LONG_TERM'])[1 + g % 7] end as status) x""",
                opinions, problems, opinions, organs, lastYear);
        jdbc.execute("vacuum analyze org_unit");
        jdbc.execute("vacuum analyze oversight_plan");
        jdbc.execute("vacuum analyze oversight_topic");
        jdbc.execute("vacuum analyze oversight_opinion");
        jdbc.execute("vacuum analyze oversight_problem");
    }
}
