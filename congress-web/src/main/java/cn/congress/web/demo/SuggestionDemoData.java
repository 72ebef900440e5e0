package cn.congress.web.demo;

import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.suggestion.SuggestionAssignment;
import cn.congress.deputies.suggestion.SuggestionCategory;
import cn.congress.deputies.suggestion.SuggestionDetails;
import cn.congress.deputies.suggestion.SuggestionEvaluation;
import cn.congress.deputies.suggestion.SuggestionFiling;
import cn.congress.deputies.suggestion.SuggestionHandling;
import cn.congress.deputies.suggestion.SuggestionReview;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import lombok.RequiredArgsConstructor;
import cn.congress.domain.account.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static cn.congress.deputies.suggestion.SuggestionCategory.*;

/**
 * Suggestions in every state across several units, filed and handled through the same service calls the pages use,
 * so that every page (deputy, staff, unit, public) has something to show. Each suggestion's story starts on its own
 * day of the past year and its steps follow days apart in workflow order ({@link DemoTime}), so timelines read like a
 * real year; a few are then dated back further so that the tracking lists show overdue and nearly-due ones.
 */
@Component
@RequiredArgsConstructor
class SuggestionDemoData implements DemoDataContributor {

    private final SuggestionFiling filing;
    private final SuggestionReview review;
    private final SuggestionAssignment assignment;
    private final SuggestionHandling handling;
    private final SuggestionEvaluation evaluation;
    private final SuggestionDetails details;
    private final Clock clock;
    private final Calls service = new Calls();
    private final UserAccountRepository accounts;
    private final DeputyRepository deputies;
    private final OrgUnitRepository orgUnits;
    private final JdbcTemplate jdbc;

    private Who staff;
    private Who housing;
    private Who education;
    private Who transport;
    /** When the current story's last step happened; each step moves it on (see {@link #step}). */
    private LocalDateTime cursor;

    @Override
    public String name() {
        return "suggestions";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        staff = viewer("staff2", false, true, false);
        housing = viewer("unit", false, false, true);
        education = viewer("unit2", false, false, true);
        transport = viewer("unit3", false, false, true);
        long housingId = housing.orgUnitId();
        long educationId = education.orgUnitId();
        long transportId = transport.orgUnitId();
        long healthId = unit("GOV-HEALTH");
        long civilId = unit("GOV-CIVIL");
        long waterId = unit("GOV-WATER");

        // 草稿：只有代表本人看得到
        story(8);
        file("deputy", "关于增设社区嵌入式养老服务站的建议", "老城区老年人口比例高，日间照料和助餐服务不足。建议在每个街道至少设立一处嵌入式养老服务站。", SOCIAL, "dep002");

        // 待审查：附议代表一人已确认，一人待确认
        story(18);
        long submitted = file("deputy", "关于在中小学推行课后延时服务弹性离校的建议",
                "部分家长下班时间晚，课后服务结束后接孩子困难。建议推行弹性离校，并保障教师补贴。", EDUCATION, "dep002", "dep003");
        sign(submitted, "dep002");

        // 退回修改
        story(40);
        long returned = file("dep004", "关于我家小区门口路灯维修的意见", "小区门口路灯坏了三个月。", URBAN);
        step(3, () -> service.returnToDeputy(returned, staff, "所反映的是具体的个人诉求，建议通过12345热线反映；如需作为代表建议，请补充全市同类问题的情况和具体建议。"));

        // 撤回
        story(75);
        long withdrawn = file("dep005", "关于调整公交12路发车间隔的建议", "高峰期候车时间过长。", TRANSPORT);
        step(6, () -> service.withdraw(withdrawn, deputyWho("dep005"), "已与公交集团沟通解决"));

        // 合并：与“课后服务”重复
        story(16);
        long duplicate = file("dep006", "关于完善小学课后服务的建议", "课后服务时间与家长下班时间不衔接。", EDUCATION);
        step(2, () -> service.merge(duplicate, staff, submitted));

        // 议案联名中：人数不够（议案在人代会期间提出）
        story(315);
        long motion = file("dep007", "关于制定《示例市养犬管理条例》的议案",
                "案由：城市养犬数量增长，伤人、扰民事件多发。案据：现行规定为政府规章，处罚依据不足。方案：制定地方性法规。", LEGAL,
                "dep011", "dep012", "dep013", "dep014", "dep015", "dep016", "dep017");
        for (String d : List.of("dep011", "dep012", "dep013", "dep014", "dep015")) {
            sign(motion, d);
        }
        step(1, () -> service.markAsMotion(motion, staff, "符合议案内容要求，征集联名"));

        // 已列为议案：十人以上联名
        story(316);
        long listed = file("dep008", "关于制定《示例市历史文化街区保护条例》的议案",
                "案由：历史街区保护缺乏法规依据。方案：制定保护条例，明确保护名录、责任主体和法律责任。", LEGAL,
                "dep018", "dep019", "dep020", "dep021", "dep022", "dep023", "dep024", "dep025", "dep026");
        step(1, () -> service.markAsMotion(listed, staff, null));
        for (String d : List.of("dep018", "dep019", "dep020", "dep021", "dep022", "dep023", "dep024", "dep025", "dep026")) {
            sign(listed, d);
        }
        step(1, () -> service.listAsMotion(listed, staff));

        // 已登记待交办
        story(25);
        long registered = accepted("dep009", "关于加强校园周边食品安全监管的建议", "校园周边流动摊贩多，食品卫生难以保证。", HEALTH);

        // 已交办（住建局主办、交通局协办，重点督办、打捆督办）
        story(90);
        long elevator = accepted("deputy", "关于加快老旧小区加装电梯的建议",
                "全市有老旧小区住宅楼约三千栋，老年住户上下楼困难。建议简化审批、加大补贴、建立协商机制。", URBAN);
        assign(elevator, housingId, List.of(transportId), 3, null, true, "李副主任", "老旧小区改造");

        // 申请调整交办
        story(50);
        long parking = accepted("dep010", "关于规范医院周边停车秩序的建议", "市第一医院周边停车难、乱停车严重。", TRANSPORT);
        assign(parking, transportId, List.of(), 3, null, false, null, null);
        step(3, () -> service.requestReassignment(parking, transport, "医院内部停车场规划建设属卫健委职责，建议改由市卫健委主办。"));

        // 办理中：有沟通记录和协办意见
        story(100);
        long teachers = accepted("dep012", "关于加强乡村教师队伍建设的建议", "乡村学校教师流失严重，结构性缺编。", EDUCATION);
        assign(teachers, educationId, List.of(civilId), 3, null, false, null, null);
        step(8, () -> service.recordContact(teachers, education, cursor.toLocalDate(), "FACE", "与代表当面沟通了乡村教师周转房和补贴标准问题。"));

        // 已答复待评价（代表 deputy 领衔）
        story(150);
        long greenway = accepted("deputy", "关于建设滨河绿道慢行系统的建议", "滨河沿线缺少连续的步行和骑行通道。", ENVIRONMENT);
        assign(greenway, housingId, List.of(waterId), 3, null, false, null, "城市慢行系统");
        step(18, () -> service.giveCoUnitOpinion(greenway, viewerOfUnit(waterId), "水务局同意在堤防管理范围内设置慢行道，需满足防汛要求。"));
        step(50, () -> service.answer(greenway, housing, "B", "滨河绿道一期已列入明年城建计划，计划明年6月底前开工。", List.of(
                new SuggestionHandling.Promise("完成滨河绿道一期施工图设计", LocalDate.now(clock).plusMonths(4))), null, null));

        // 不满意，再次办理
        story(100);
        long canteen = accepted("dep014", "关于改善中小学食堂条件的建议", "部分学校食堂面积不足，学生分批就餐时间过长。", EDUCATION);
        assign(canteen, educationId, List.of(), 3, null, false, null, null);
        step(38, () -> service.answer(canteen, education, "C", "受场地限制，暂时无法扩建。", List.of(), null, null));
        step(10, () -> service.evaluate(canteen, deputyWho("dep014"), "DISSATISFIED", "答复没有提出任何过渡措施，建议实行错峰就餐并改造闲置教室。"));
        step(20, () -> service.decideDissatisfaction(canteen, staff, true, "请教育局研究错峰就餐等过渡措施。"));

        // 不满意，待机关研究处理
        story(110);
        long stalls = accepted("dep018", "关于整治小区周边占道经营的建议", "部分小区出入口长期被流动摊贩占用，影响通行和消防安全。", URBAN);
        assign(stalls, housingId, List.of(), 3, null, false, null, null);
        step(58, () -> service.answer(stalls, housing, "D", "已将意见转城管部门参考。", List.of(), null, null));
        step(10, () -> service.evaluate(stalls, deputyWho("dep018"), "DISSATISFIED", "答复只是转交，没有任何整治措施。"));

        // 跟踪落实：满意，但承诺事项未完成
        story(200);
        long bus = accepted("dep016", "关于优化开发区公交线网的建议", "开发区通勤公交线路少、换乘多。", TRANSPORT);
        assign(bus, transportId, List.of(), 3, null, false, null, null);
        step(58, () -> service.answer(bus, transport, "B", "已完成开发区客流调查，将新开通勤专线两条。", List.of(
                new SuggestionHandling.Promise("开通开发区通勤专线两条", LocalDate.now(clock).plusMonths(2))), null, null));
        step(10, () -> service.evaluate(bus, deputyWho("dep016"), "SATISFIED", "答复具体，期待尽快开通。"));

        // 已办结并公开
        long[] closed = {
                closedAndPublished(280, "dep020", "关于增加城区公共厕所的建议", URBAN, housingId, housing, "A", "今年已新建改建公共厕所40座，并在地图软件上标注位置。", "SATISFIED"),
                closedAndPublished(260, "dep021", "关于推进义务教育学校集团化办学的建议", EDUCATION, educationId, education, "A", "已组建教育集团12个，覆盖城区全部薄弱学校。", "BASICALLY_SATISFIED"),
                closedAndPublished(240, "dep022", "关于在地铁站增设无障碍设施的建议", TRANSPORT, transportId, transport, "A", "已在全部地铁站补设无障碍电梯和盲道。", "SATISFIED"),
                closedAndPublished(220, "dep023", "关于加大老旧管网改造力度的建议", URBAN, housingId, housing, "D", "已将相关意见转有关部门作为编制规划的参考。", "BASICALLY_SATISFIED")};

        // 再来一些分布在各单位、各状态的建议，让跟踪列表和图表有内容
        String[][] more = {
                {"关于加强电动自行车充电设施建设的建议", "URBAN"}, {"关于推进垃圾分类进小区的建议", "ENVIRONMENT"},
                {"关于扩大普惠性托育服务供给的建议", "SOCIAL"}, {"关于加强中小学生近视防控的建议", "HEALTH"},
                {"关于优化营商环境减少涉企检查的建议", "ECONOMY"}, {"关于完善农村客运班线的建议", "TRANSPORT"},
                {"关于加快智慧停车系统建设的建议", "TRANSPORT"}, {"关于提升职业教育办学质量的建议", "EDUCATION"},
                {"关于加强城中村消防安全治理的建议", "URBAN"}, {"关于建设口袋公园的建议", "ENVIRONMENT"}};
        long[] units = {housingId, educationId, transportId};
        Who[] unitWhos = {housing, education, transport};
        List<Long> overdueCandidates = new ArrayList<>();
        for (int i = 0; i < more.length; i++) {
            String deputy = "dep" + String.format("%03d", 27 + i);
            // assigned recently enough that only the three dated back below are overdue
            story(75 - i * 4);
            long id = accepted(deputy, more[i][0], "有关情况和具体建议详见正文。" + more[i][0].replace("关于", "").replace("的建议", "") + "工作需要进一步加强。",
                    SuggestionCategory.valueOf(more[i][1]));
            int u = i % 3;
            assign(id, units[u], List.of(), 3, null, i % 4 == 0, i % 4 == 0 ? "王副主任" : null, null);
            if (i % 3 == 1) {
                step(4, () -> service.recordContact(id, unitWhos[u], cursor.toLocalDate(), "PHONE", "电话联系代表，了解具体情况。"));
            }
            if (i >= 7 && i % 2 == 0) {
                step(3, () -> service.recordContact(id, unitWhos[u], cursor.toLocalDate(), "MEETING", "邀请代表座谈，当面听取意见。"));
            }
            if (i >= 7) {
                step(12, () -> service.answer(id, unitWhos[u], "A", "已按建议落实，相关工作取得明显进展。", List.of(), null, null));
                step(5, () -> service.evaluate(id, deputyWho(deputy), "SATISFIED", null));
            } else {
                overdueCandidates.add(id);
            }
        }

        // 日期回拨：部分已超期，部分即将到期（演示数据专用）
        backdate(elevator, 80);
        backdate(teachers, 95);
        backdate(overdueCandidates.get(0), 100);
        backdate(overdueCandidates.get(1), 120);
        backdate(overdueCandidates.get(2), 86);
        backdate(parking, 10);
        backdate(closed[0], 60);
    }

    private long closedAndPublished(int daysAgo, String deputy, String title, SuggestionCategory category, long unitId, Who unit,
                                    String answerCategory, String answer, String satisfaction) {
        story(daysAgo);
        long id = accepted(deputy, title, title.replace("关于", "建议").replace("的建议", "") + "，请有关部门研究办理。", category);
        assign(id, unitId, List.of(), 3, null, false, null, null);
        step(40, () -> service.answer(id, unit, answerCategory, answer, List.of(), null, null));
        step(10, () -> service.evaluate(id, deputyWho(deputy), satisfaction, "办理认真，沟通充分。"));
        step(5, () -> service.publish(id, staff, true));
        return id;
    }

    /** Starts a story {@code daysAgo} days before today; its steps then follow in order ({@link #step}). */
    private void story(int daysAgo) {
        cursor = LocalDate.now(clock).minusDays(daysAgo).atTime(9, 0);
    }

    /** Runs a step {@code days} after the story's previous one, at a working hour of that day. */
    private void step(int days, Runnable work) {
        cursor = cursor.plusDays(days).withHour(9 + (cursor.getHour() - 8) % 8).plusMinutes(17);
        DemoTime.at(cursor, work);
    }

    private <T> T step(int days, Supplier<T> work) {
        cursor = cursor.plusDays(days).withHour(9 + (cursor.getHour() - 8) % 8).plusMinutes(17);
        return DemoTime.at(cursor, work);
    }

    private long accepted(String deputy, String title, String content, SuggestionCategory category) {
        long id = file(deputy, title, content, category);
        step(4, () -> service.accept(id, staff));
        return id;
    }

    private long file(String deputy, String title, String content, SuggestionCategory category, String... coSigners) {
        Who v = deputyWho(deputy);
        List<Long> ids = new ArrayList<>();
        for (String c : coSigners) {
            ids.add(deputyOf(c).getId());
        }
        long id = step(0, () -> call(v, () -> filing.file(new SuggestionFiling.Filing(title, content, category, ids))));
        if (!title.startsWith("关于增设社区嵌入式养老")) {
            step(1, () -> service.submit(id, v));
        }
        return id;
    }

    private void sign(long id, String deputy) {
        step(1, () -> service.sign(id, deputyWho(deputy)));
    }

    private void assign(long id, long leadUnitId, List<Long> coUnits, int months, String reason, boolean key, String leader, String bundle) {
        long version = call(staff, () -> details.view(id).version());
        step(7, () -> as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, leadUnitId, coUnits, months, reason, key, leader, null, bundle))));
    }

    /** Moves an assignment {@code days} into the past (demo data only: shows overdue and nearly-due suggestions). */
    private void backdate(long id, int days) {
        jdbc.update("update suggestion set assigned_on = assigned_on - ?, due_on = due_on - ? where id = ?", days, days, id);
        jdbc.update("update suggestion_round set due_on = due_on - ? where suggestion_id = ?", days, id);
        jdbc.update("update suggestion set submitted_at = submitted_at - make_interval(days => ?) where id = ?", days + 5, id);
        jdbc.update("update suggestion_event set occurred_at = occurred_at - make_interval(days => ?) where suggestion_id = ? and step not in ('CREATE', 'SUBMIT', 'ACCEPT')",
                days, id);
        jdbc.update("update suggestion_event set occurred_at = occurred_at - make_interval(days => ?) where suggestion_id = ? and step in ('CREATE', 'SUBMIT', 'ACCEPT')",
                days + 5, id);
        jdbc.update("update suggestion_round set answered_at = answered_at - make_interval(days => ?) where suggestion_id = ? and answered_at is not null", days - 20 > 0 ? days - 20 : 0, id);
    }

    private Who deputyWho(String username) {
        return viewer(username, true, false, false);
    }

    private Deputy deputyOf(String username) {
        return deputies.findByUserAccountId(account(username).getId()).orElseThrow();
    }

    private Who viewerOfUnit(long orgUnitId) {
        String name = orgUnits.findById(orgUnitId).map(OrgUnit::getShortName).orElse("承办单位");
        return new Who(null, "unit-" + orgUnitId, name, EnumSet.of(Role.UNIT), orgUnitId);
    }

    private Who viewer(String username, boolean deputy, boolean staffRole, boolean unit) {
        UserAccount a = account(username);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (deputy) {
            roles.add(Role.DEPUTY);
        }
        if (staffRole) {
            roles.add(Role.STAFF);
        }
        if (unit) {
            roles.add(Role.UNIT);
        }
        return new Who(a.getId(), a.getUsername(), a.getDisplayName(), roles, a.getOrgUnit() == null ? null : a.getOrgUnit().getId());
    }

    /** A demo user as the services see the caller (Caller.current()): the account, its roles and its unit. */
    record Who(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {

        Long orgUnitId() {
            return getOrgUnitId;
        }
    }

    /** Runs one service call as {@code who}, as if that user had clicked, and restores the loader's own context. */
    private <T> T call(Who who, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null,
                who.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void as(Who who, Runnable work) {
        call(who, () -> {
            work.run();
            return null;
        });
    }

    /** The service calls of the pages, each made as the user named beside it. */
    private final class Calls {

        void returnToDeputy(long id, Who w, String reason) {
            as(w, () -> review.returnToDeputy(id, reason));
        }

        void withdraw(long id, Who w, String reason) {
            as(w, () -> filing.withdraw(id, reason));
        }

        void merge(long id, Who w, long targetId) {
            as(w, () -> review.merge(id, targetId));
        }

        void markAsMotion(long id, Who w, String remark) {
            as(w, () -> review.markAsMotion(id, remark));
        }

        void listAsMotion(long id, Who w) {
            as(w, () -> review.listAsMotion(id));
        }

        void accept(long id, Who w) {
            as(w, () -> review.accept(id));
        }

        void submit(long id, Who w) {
            as(w, () -> filing.submit(id));
        }

        void sign(long id, Who w) {
            as(w, () -> filing.sign(id));
        }

        void requestReassignment(long id, Who w, String reason) {
            as(w, () -> assignment.requestReassignment(id, reason));
        }

        void recordContact(long id, Who w, LocalDate date, String way, String content) {
            as(w, () -> handling.recordContact(id, date, way, content));
        }

        void giveCoUnitOpinion(long id, Who w, String opinion) {
            as(w, () -> handling.giveCoUnitOpinion(id, opinion));
        }

        void answer(long id, Who w, String category, String text, List<SuggestionHandling.Promise> promises, String letterName, byte[] letter) {
            as(w, () -> handling.answer(id, new SuggestionHandling.Answer(category, text, promises, letterName, letter)));
        }

        void evaluate(long id, Who w, String satisfaction, String comment) {
            as(w, () -> evaluation.evaluate(id, satisfaction, comment));
        }

        void decideDissatisfaction(long id, Who w, boolean rehandle, String note) {
            as(w, () -> evaluation.decideDissatisfaction(id, rehandle, note));
        }

        void publish(long id, Who w, boolean publish) {
            as(w, () -> evaluation.publish(id, publish));
        }
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("demo account missing: " + username));
    }

    private long unit(String code) {
        return orgUnits.findByCode(code).orElseThrow().getId();
    }
}
