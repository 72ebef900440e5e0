package cn.congress.deputies.suggestion;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds many suggestions at once with set-based SQL (100,000 in a few seconds), spread over the current term's
 * deputies, the handling units, every category and the states from filing to closing, with rounds and a timeline
 * step each. Used by the speed benchmark and, through {@code congress.demo.generate-suggestions}, for large demos.
 * Generated suggestions carry registration numbers starting with {@code 批量}.
 */
@Component
@RequiredArgsConstructor
public class SuggestionGenerator {

    private static final String TOPICS = "array['老旧小区加装电梯','城市停车难','中小学课后服务','社区养老服务','农村公路养护','垃圾分类',"
            + "'医疗资源下沉','营商环境','公交线网优化','河道综合治理','托育服务','食品安全','职业教育','智慧城市','文旅融合',"
            + "'乡村振兴','电动自行车充电','历史街区保护','学校食堂','背街小巷整治']";

    private final JdbcTemplate jdbc;

    /** Adds {@code count} suggestions; returns how many exist afterwards. */
    @Transactional
    public long generate(int count) {
        long base = jdbc.queryForObject("select coalesce(max(id), 0) from suggestion", Long.class);
        jdbc.update("""
                with deps as (select array_agg(d.id order by d.id) as ids, array_agg(d.delegation_id order by d.id) as dels
                              from deputy d join term t on t.id = d.term_id and t.current),
                     units as (select array_agg(id order by id) as ids from org_unit where type = 'GOVERNMENT_DEPARTMENT' and active),
                     states as (select array['SUBMITTED','REGISTERED','ASSIGNED','IN_PROGRESS','IN_PROGRESS','ANSWERED','REHANDLING',
                                             'FOLLOW_UP','CLOSED','CLOSED','CLOSED','RETURN_REQUESTED','MOTION'] as s),
                     cats as (select array['ECONOMY','URBAN','EDUCATION','HEALTH','SOCIAL','AGRICULTURE','ENVIRONMENT','TRANSPORT','LEGAL','OTHER'] as c),
                     topics as (select %s as t),
                     g as (select n, states.s[1 + (n %% 13)] as status, (n %% 150) as age from generate_series(1, ?) n, states)
                insert into suggestion (term_id, kind, title, content, category, lead_deputy_id, delegation_id, status, registration_number,
                                        submitted_at, lead_unit_id, assigned_on, due_on, key_supervised, round, answer_category, answered_on,
                                        satisfaction, published, closed_on, version, created_at, created_by)
                select (select id from term where current),
                       case when g.status = 'MOTION' then 'MOTION' else 'SUGGESTION' end,
                       '关于' || topics.t[1 + (g.n %% 20)] || '的建议（' || (? + g.n) || '）',
                       '批量生成的建议内容，用于演示和性能测试。', cats.c[1 + (g.n %% 10)],
                       deps.ids[1 + (g.n %% array_length(deps.ids, 1))], deps.dels[1 + (g.n %% array_length(deps.ids, 1))],
                       g.status,
                       case when g.status in ('SUBMITTED','MOTION') then null else '批量' || (? + g.n) || '号' end,
                       now() - make_interval(days => g.age + 10),
                       case when g.status in ('SUBMITTED','REGISTERED','MOTION') then null else units.ids[1 + (g.n %% array_length(units.ids, 1))] end,
                       case when g.status in ('SUBMITTED','REGISTERED','MOTION') then null else current_date - g.age end,
                       case when g.status in ('SUBMITTED','REGISTERED','MOTION') then null else current_date - g.age + 90 end,
                       g.n %% 17 = 0, case when g.status = 'REHANDLING' then 2 else 1 end,
                       case when g.status in ('ANSWERED','FOLLOW_UP','CLOSED') then (array['A','A','B','C','D'])[1 + (g.n %% 5)] end,
                       case when g.status in ('ANSWERED','FOLLOW_UP','CLOSED') then current_date - g.age + 60 + (g.n %% 40) end,
                       case when g.status in ('FOLLOW_UP','CLOSED') then (array['SATISFIED','SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + (g.n %% 4)]
                            when g.status = 'REHANDLING' then 'DISSATISFIED' end,
                       g.status = 'CLOSED' and g.n %% 3 = 0,
                       case when g.status = 'CLOSED' then current_date - g.age + 100 end,
                       0, now(), 'generator'
                from g, deps, units, cats, topics
                """.formatted(TOPICS), count, base, base);
        jdbc.update("""
                insert into suggestion_round (suggestion_id, number, due_on, answer_category, answer, answered_at, answered_by,
                                              satisfaction, evaluated_at, version, created_at, created_by)
                select s.id, s.round, s.due_on, s.answer_category,
                       case when s.answer_category is not null then '批量生成的答复内容。' end,
                       case when s.answered_on is not null then s.answered_on::timestamp end,
                       case when s.answered_on is not null then '承办单位' end,
                       case when s.status in ('FOLLOW_UP','CLOSED') then s.satisfaction end,
                       case when s.status in ('FOLLOW_UP','CLOSED') then s.answered_on::timestamp + interval '10 days' end,
                       0, now(), 'generator'
                from suggestion s where s.id > ? and s.lead_unit_id is not null
                """, base);
        jdbc.update("""
                insert into suggestion_event (suggestion_id, occurred_at, actor, step, from_status, to_status, remark)
                select s.id, s.submitted_at, '批量生成', 'SUBMIT', 'DRAFT', 'SUBMITTED', null from suggestion s where s.id > ?
                """, base);
        jdbc.execute("analyze suggestion");
        jdbc.execute("analyze suggestion_round");
        return jdbc.queryForObject("select count(*) from suggestion", Long.class);
    }
}
