package cn.congress.web.station;

import cn.congress.deputies.suggestion.SuggestionCategory;
import cn.congress.deputies.suggestion.SuggestionDrafts;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.web.demo.DemoAccounts;
import cn.congress.web.demo.DemoDataContributor;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stations across the demo city's six districts (three each; {@code station} keeps 东城区's 代表之家 and {@code station2}
 * 西城区's), reception days of the past and the next month, a month of residents' opinions in every state, two dozen
 * petition-agency and two dozen mediation cases over the year, and a year of group activities, inspections, research and
 * training. Numbers keep the proportions of a real year's report (about four in five petitions solved, seven in ten
 * mediations settled).
 */
@Component
@RequiredArgsConstructor
class StationDemoData implements DemoDataContributor {

    private static final String[] DISTRICTS = {"东城区", "西城区", "南湖区", "北山区", "高新区", "示例县"};
    private static final String[][] PLACES = {
            {"朝阳街道", "人民路18号街道综合服务中心二楼"}, {"青山社区", "青山路66号社区党群服务中心"}, {"智造产业园", "园区大道1号管委会一楼"}};
    private static final String[] CATEGORIES = {"URBAN", "TRAFFIC", "EDUCATION", "HEALTH", "SOCIAL", "ENVIRONMENT", "ECONOMY", "SAFETY", "OTHER"};
    private static final String[] OPINIONS = {
            "小区门口路灯损坏多日，夜间出行不便，希望尽快维修。", "公交站台没有遮雨棚，雨天候车老人孩子淋雨。",
            "学校门口上下学时段交通拥堵，建议增设临时停车区。", "社区卫生服务中心号源紧张，老年人预约困难。",
            "希望在社区增设老年食堂，解决独居老人吃饭难。", "河道有异味，夏季影响周边居民开窗通风。",
            "个体工商户反映办理营业执照变更手续繁琐。", "老旧小区楼道堆物，存在消防安全隐患。",
            "建议在农贸市场周边规范摊点，改善环境卫生。", "老旧小区加装电梯意见不统一，希望街道协调。",
            "菜市场清晨噪音扰民，希望调整装卸时间。", "新建小区配套幼儿园迟迟未开园。"};
    private static final String[] ANSWERS = {"已列入今年维修计划，预计下月完成。", "经现场核查，已责成责任单位整改并完成。",
            "该事项涉及规划调整，已纳入明年项目库统筹解决。", "已约谈相关企业，限期整改，我局将跟踪督办。"};

    private final JdbcTemplate jdbc;
    private final DemoAccounts accounts;
    private final SuggestionDrafts drafts;
    private final Clock clock;

    @Override
    public String name() {
        return "stations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Random random = new Random(13);
        LocalDate today = LocalDate.now(clock);
        List<Long> organs = jdbc.queryForList("select id from org_unit where type = 'GOVERNMENT_DEPARTMENT' order by sort_order, id", Long.class);
        Long unitOrg = jdbc.queryForObject("select org_unit_id from user_account where username = 'unit'", Long.class);
        List<long[]> stationDeputies = new ArrayList<>();
        List<Long> stations = new ArrayList<>();
        List<String> stationDistricts = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.length; d++) {
            String district = DISTRICTS[d];
            List<Long> deputies = jdbc.queryForList("""
                    select dp.id from deputy dp join delegation g on g.id = dp.delegation_id where g.name = ? order by dp.id""",
                    Long.class, district + "代表团");
            for (int p = 0; p < PLACES.length; p++) {
                String kind = p == 0 ? "HOME" : p == 1 ? "STATION" : "POINT";
                String name = district + PLACES[p][0] + (p == 0 ? "人大代表之家" : p == 1 ? "人大代表联络站" : "人大代表联络点");
                Long manager = null;
                if (p == 0 && d < 2) {
                    manager = accounts.create(d == 0 ? "station" : "station2", d == 0 ? "林晓（东城区代表之家）" : "高峰（西城区代表之家）", null,
                            Role.STATION_MANAGER).getId();
                }
                long id = jdbc.queryForObject("""
                        insert into liaison_station (kind, name, district, subdistrict, address, contact_name, contact_phone, opening_hours,
                                                     manager_account_id, active, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, now(), 'system') returning id""", Long.class,
                        kind, name, district, PLACES[p][0], district + PLACES[p][1], "联络员" + (d * 3 + p + 1),
                        "0571-8" + String.format("%03d", d * 10 + p) + "1234", p == 2 ? "每周三 9:00-11:30" : "工作日 9:00-17:00", manager);
                // every deputy of the district joins the home; stations and points take part of them
                int parity = p == 1 ? 0 : 1;
                List<Long> attached = p == 0 ? deputies : deputies.stream().filter(x -> x % 2 == parity).toList();
                for (Long dep : attached) {
                    jdbc.update("insert into station_deputy (station_id, deputy_id) values (?, ?)", id, dep);
                }
                stations.add(id);
                stationDistricts.add(district);
                stationDeputies.add(attached.stream().mapToLong(Long::longValue).toArray());
            }
        }
        // reception days: every week of the past month and the next month, on the station's weekday
        for (int s = 0; s < stations.size(); s++) {
            long[] deps = stationDeputies.get(s);
            if (deps.length == 0) {
                continue;
            }
            LocalDate day = today.minusDays(30).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(1 + s % 5)));
            int n = 0;
            while (day.isBefore(today.plusDays(31))) {
                long dayId = jdbc.queryForObject("""
                        insert into reception_day (station_id, day, starts_at, ends_at, note, created_at, created_by)
                        values (?, ?, ?, ?, ?, now(), 'system') returning id""", Long.class, stations.get(s), Date.valueOf(day),
                        LocalTime.of(9, 0), LocalTime.of(11, 30), n % 4 == 3 ? "主题接待：老旧小区改造" : null);
                jdbc.update("insert into reception_day_deputy (reception_day_id, deputy_id) values (?, ?)", dayId, deps[n % deps.length]);
                if (deps.length > 1) {
                    jdbc.update("insert into reception_day_deputy (reception_day_id, deputy_id) values (?, ?)", dayId, deps[(n + 1) % deps.length]);
                }
                day = day.plusWeeks(1);
                n++;
            }
        }
        opinions(random, today, stations, stationDeputies, organs, unitOrg);
        cases(random, today, stations, stationDeputies, organs);
        activities(random, today, stations, stationDeputies);
    }

    private void opinions(Random random, LocalDate today, List<Long> stations, List<long[]> stationDeputies, List<Long> organs, Long unitOrg) {
        String[] routes = {"RECEIVED", "SETTLED", "SETTLED", "TRANSFERRED", "TRANSFERRED", "ANSWERED", "SUGGESTED", "CLOSED", "CLOSED", "CLOSED"};
        for (int s = 0; s < stations.size(); s++) {
            long[] deps = stationDeputies.get(s);
            if (deps.length == 0) {
                continue;
            }
            int count = 6 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                LocalDate received = today.minusDays(random.nextInt(30));
                String status = routes[random.nextInt(routes.length)];
                if (received.isAfter(today.minusDays(3)) && !"SETTLED".equals(status)) {
                    status = "RECEIVED";
                }
                long deputy = deps[random.nextInt(deps.length)];
                int text = random.nextInt(OPINIONS.length);
                String category = CATEGORIES[text % CATEGORIES.length];
                String route = switch (status) {
                    case "SETTLED" -> "SETTLED";
                    case "TRANSFERRED", "ANSWERED" -> "TRANSFERRED";
                    case "SUGGESTED" -> "SUGGESTION";
                    case "CLOSED" -> random.nextBoolean() ? "SETTLED" : "TRANSFERRED";
                    default -> null;
                };
                Long org = "TRANSFERRED".equals(route) ? (random.nextInt(3) == 0 ? unitOrg : organs.get(random.nextInt(organs.size()))) : null;
                LocalDate transferred = org == null ? null : received.plusDays(1);
                // some transfers get short deadlines, so the demo has overdue ones
                LocalDate due = org == null ? null : transferred.plusDays(random.nextInt(3) == 0 ? 7 : 30);
                boolean answered = org != null && ("ANSWERED".equals(status) || "CLOSED".equals(status));
                LocalDate answeredOn = answered ? min(transferred.plusDays(3 + random.nextInt(10)), today) : null;
                Long suggestion = null;
                if ("SUGGESTION".equals(route)) {
                    suggestion = drafts.draftFor(Caller.systemCaller(), deputy, "关于" + OPINIONS[text].substring(0, 8) + "问题的建议",
                            OPINIONS[text] + "\n\n（源于代表联络站接待群众反映的意见。）", SuggestionCategory.OTHER);
                }
                boolean closed = "CLOSED".equals(status);
                LocalDate feedbackOn = closed ? min((answeredOn == null ? received : answeredOn).plusDays(2), today) : null;
                String name = random.nextInt(4) == 0 ? null : "居民" + "赵钱孙李周吴郑王".charAt(random.nextInt(8)) + "某";
                String contact = name == null ? null : "139" + String.format("%08d", random.nextInt(100_000_000));
                jdbc.update("""
                        insert into constituent_opinion (station_id, deputy_id, received_on, resident_name, resident_contact, content, category,
                            status, route, settlement, transfer_org_id, transferred_on, transfer_due, answer, answered_on, answered_by,
                            suggestion_id, suggested_on, feedback_on, feedback_satisfaction, feedback_note, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'system')""",
                        stations.get(s), deputy, Date.valueOf(received), name, contact, OPINIONS[text], category, status, route,
                        "SETTLED".equals(route) ? "代表当场解答政策，并联系社区现场协调解决。" : null, org, date(transferred), date(due),
                        answered ? ANSWERS[random.nextInt(ANSWERS.length)] : null, date(answeredOn), answered ? "承办单位" : null,
                        suggestion, suggestion == null ? null : Date.valueOf(received.plusDays(1)), date(feedbackOn),
                        closed ? (random.nextInt(5) == 0 ? "BASICALLY" : "SATISFIED") : null, closed ? "电话回访，群众认可办理结果" : null);
            }
        }
    }

    private void cases(Random random, LocalDate today, List<Long> stations, List<long[]> stationDeputies, List<Long> organs) {
        String[] petitions = {"拖欠农民工工资", "征地补偿标准争议", "物业服务纠纷", "房屋漏水维修责任", "社保待遇认定", "拆迁安置房交付延迟"};
        String[] mediations = {"相邻通行纠纷", "买卖合同货款纠纷", "民间借贷纠纷", "房屋租赁合同纠纷", "交通事故赔偿纠纷", "装修合同纠纷"};
        for (int type = 0; type < 2; type++) {
            boolean petition = type == 0;
            for (int i = 0; i < 24; i++) {
                int s = random.nextInt(stations.size());
                long[] deps = stationDeputies.get(s);
                if (deps.length == 0) {
                    continue;
                }
                LocalDate received = today.withDayOfYear(1).plusDays((long) i * (today.getDayOfYear() - 10) / 24);
                boolean closed = i < 19;
                boolean started = closed || i % 2 == 0;
                String outcome = null;
                if (closed) {
                    int r = random.nextInt(10);
                    outcome = petition ? (r < 7 ? "SOLVED" : r < 8 ? "PARTLY_SOLVED" : r < 9 ? "UNSOLVED" : "NOT_ACCEPTED")
                            : (r < 7 ? "MEDIATED" : "NOT_MEDIATED");
                }
                LocalDate closedOn = closed ? min(received.plusDays(10 + random.nextInt(30)), today) : null;
                String title = (petition ? petitions : mediations)[i % 6];
                long id = jdbc.queryForObject("""
                        insert into service_case (type, station_id, deputy_id, title, summary, party_name, party_contact, received_on, organ_id,
                            court_case_no, status, outcome, satisfaction, closed_on, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'system') returning id""", Long.class,
                        petition ? "PETITION_AGENCY" : "PRE_LITIGATION_MEDIATION", stations.get(s), deps[random.nextInt(deps.length)], title,
                        petition ? "当事人来站反映" + title + "问题，请求代表帮助向有关部门反映并跟踪办理。"
                                : "市中级人民法院委派的诉前调解案件，双方当事人同意由人大代表参与调解。",
                        "当事人" + (i + 1), "137" + String.format("%08d", random.nextInt(100_000_000)), Date.valueOf(received),
                        petition && started ? organs.get(random.nextInt(organs.size())) : null,
                        petition ? null : "（" + today.getYear() + "）示0102民诉前" + (100 + i) + "号",
                        closed ? "CLOSED" : started ? "IN_PROGRESS" : "INTAKE", outcome, closed && petition ? "SATISFIED" : null, date(closedOn));
                if (started) {
                    jdbc.update("""
                            insert into service_case_note (case_id, noted_on, kind, text, author, created_at, created_by)
                            values (?, ?, ?, ?, '系统演示', now(), 'system')""", id, Date.valueOf(min(received.plusDays(3), today)),
                            petition ? "PROGRESS" : "SESSION", petition ? "陪同当事人到承办部门反映情况，承办部门已受理。" : "组织双方当事人第一次调解，听取各自意见。");
                }
            }
        }
    }

    private void activities(Random random, LocalDate today, List<Long> stations, List<long[]> stationDeputies) {
        List<Map<String, Object>> groups = jdbc.queryForList("select id, name from deputy_group where kind = 'REGIONAL' order by id");
        List<Long> all = jdbc.queryForList("select id from deputy order by id", Long.class);
        for (int month = 1; month < today.getMonthValue(); month++) {
            for (Map<String, Object> g : groups) {
                long groupId = ((Number) g.get("id")).longValue();
                List<Long> members = jdbc.queryForList("select deputy_id from deputy_group_member where group_id = ? order by deputy_id", Long.class, groupId);
                activity("GROUP_ACTIVITY", g.get("name") + "" + month + "月集中活动", LocalDate.of(today.getYear(), month, 10 + random.nextInt(10)),
                        BigDecimal.ZERO, "代表之家", groupId, members, random);
            }
        }
        String[][] others = {{"INSPECTION", "视察全市老旧小区改造工作"}, {"INSPECTION", "视察城乡生活垃圾分类工作"}, {"RESEARCH", "基层医疗卫生服务体系专题调研"},
                {"RESEARCH", "民营经济发展环境专题调研"}, {"TRAINING", "新任代表履职学习班"}, {"TRAINING", "代表建议撰写专题培训"},
                {"TRAINING", "预算审查监督专题培训"}, {"SESSION", "列席市人大常委会第二十次会议"}, {"SESSION", "列席市人大常委会第二十四次会议"},
                {"INVITED_MEETING", "应邀参加市政府民生实事项目征集座谈会"}};
        for (int i = 0; i < others.length; i++) {
            LocalDate held = today.withDayOfYear(1).plusDays((long) (i + 1) * (today.getDayOfYear() - 20) / (others.length + 1));
            List<Long> people = all.stream().filter(x -> random.nextInt(3) > 0).toList();
            BigDecimal hours = "TRAINING".equals(others[i][0]) ? BigDecimal.valueOf(6 + random.nextInt(3) * 4) : BigDecimal.ZERO;
            activity(others[i][0], others[i][1], held, hours, "市人大常委会", null, people, random);
        }
    }

    private void activity(String kind, String title, LocalDate held, BigDecimal hours, String location, Long groupId, List<Long> people,
                          Random random) {
        long id = jdbc.queryForObject("""
                insert into deputy_activity (kind, title, held_on, hours, location, group_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, now(), 'system') returning id""", Long.class, kind, title, Date.valueOf(held), hours, location, groupId);
        for (Long deputy : people) {
            // most participants confirmed within days; a few have not yet
            LocalDate on = held.plusDays(1 + random.nextInt(5));
            java.sql.Timestamp confirmed = random.nextInt(10) == 0 || on.isAfter(LocalDate.now(clock)) ? null
                    : java.sql.Timestamp.from(on.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            jdbc.update("insert into activity_participant (activity_id, deputy_id, confirmed_at) values (?, ?, ?)", id, deputy, confirmed);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
