package cn.congress.web.oversight.demo;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Participant;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.account.Caller;
import cn.congress.oversight.inspection.InspectionDetails;
import cn.congress.oversight.inspection.InspectionService;
import cn.congress.oversight.inspection.QuestionDetails;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.ProblemDetails;
import cn.congress.oversight.opinion.ProblemService;
import cn.congress.oversight.opinion.ProblemSource;
import cn.congress.oversight.opinion.ProblemStep;
import cn.congress.oversight.opinion.ReportKind;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.ProposalStatus;
import cn.congress.oversight.plan.TopicDetails;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.oversight.plan.TopicStep;
import cn.congress.web.demo.DemoDataContributor;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year of a real-sized city's oversight: last year's plan with the 义务教育“双减” report (its handling report
 * evaluated 不满意 and re-opened), the 矿区环境综合治理 opinion with an eight-item problem list partly closed, and the
 * 城市黑臭水体治理 opinion whose open items went into this year's 回头看; this year's plan with the 食品安全 专题询问
 * (nine questions), the 黄河保护法 执法检查 with site visits and photos, planned topics and screened proposals.
 * Last year's topics were heard at a session of last year; the satisfaction votes are held at a session twelve days
 * ago; the history of the earlier steps is dated through the year in workflow order.
 */
@Component
@RequiredArgsConstructor
class OversightDemoData implements DemoDataContributor {

    private final OversightPlanService plans;
    private final OpinionService opinions;
    private final ProblemService problems;
    private final InspectionService inspections;
    private final SessionService sessions;
    private final VoteService votes;
    private final OrgUnitRepository orgUnits;
    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EntityManager entityManager;

    record DemoPrincipal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    @Override
    public String name() {
        return "oversight";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        try {
            loadAll();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void loadAll() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int last = year - 1;
        asStaff();
        long lastPlan = plans.createPlan(last, "示例市人大常委会" + last + "年度监督工作计划");
        plans.adopt(lastPlan, LocalDate.of(last, 1, 20));
        plans.publish(lastPlan);
        long plan = plans.createPlan(year, "示例市人大常委会" + year + "年度监督工作计划");
        plans.adopt(plan, LocalDate.of(year, 1, 18));
        plans.publish(plan);

        OrgUnit edu = org("GOV-EDU");
        OrgUnit land = org("GOV-LAND");
        OrgUnit env = org("GOV-ENV");
        OrgUnit housing = org("GOV-HOUSING");
        OrgUnit water = org("GOV-WATER");
        OrgUnit market = org("GOV-MARKET");
        OrgUnit health = org("GOV-HEALTH");
        OrgUnit agri = org("GOV-AGRI");
        OrgUnit civil = org("GOV-CIVIL");
        long eduBody = org("SC-EDU").getId();
        long urbanBody = org("SC-URBAN").getId();
        long financeBody = org("SC-FINANCE").getId();
        long socialBody = org("SC-SOCIAL").getId();

        // ----- last year: three topics heard at a session of last year -----
        Meeting session = recentSession(today.minusDays(12));
        long doubleReduction = plans.addTopic(lastPlan, new TopicDetails("听取和审议市人民政府关于义务教育“双减”工作情况的报告",
                TopicKind.SPECIAL_REPORT, eduBody, edu.getId(), 6, "了解作业减负、课后服务和校外培训治理情况"));
        long mining = plans.addTopic(lastPlan, new TopicDetails("听取和审议市人民政府关于矿区环境综合治理工作情况的报告",
                TopicKind.SPECIAL_REPORT, urbanBody, land.getId(), 8, "废弃矿山生态修复、矿区扬尘和水污染治理"));
        long blackWater = plans.addTopic(lastPlan, new TopicDetails("听取和审议市人民政府关于城市黑臭水体治理工作情况的报告",
                TopicKind.SPECIAL_REPORT, urbanBody, housing.getId(), 10, null));
        for (long t : List.of(doubleReduction, mining, blackWater)) {
            plans.take(t, TopicStep.START_PREPARATION, "组织部分组成人员和代表开展前期调研");
            plans.schedule(t, session.getId());
            plans.take(t, TopicStep.RECORD_HEARD, "分组审议");
        }
        LocalDate lastYearSession = pastSessionDay(last, 6);

        long drOpinion = opinions.issue(doubleReduction, new OpinionService.Issue("关于义务教育“双减”工作情况报告的审议意见",
                "常委会组成人员认为，市政府落实“双减”政策取得阶段性成效，同时指出：课后服务质量不均衡，校外培训隐形变异问题仍然存在，"
                        + "作业设计水平有待提升。建议：一、提升课后服务内涵；二、加强校外培训常态化监管；三、健全作业管理长效机制。",
                ReportKind.SPECIAL, lastYearSession.plusDays(8)));
        long dr1 = item(drOpinion, edu, "课后服务内容单一、城乡学校差距大", "制定课后服务课程指南，统筹引入优质资源", lastYearSession.plusMonths(3));
        long dr2 = item(drOpinion, edu, "校外培训隐形变异问题时有发生", "建立部门联合执法机制，开展专项治理", lastYearSession.plusMonths(3));
        long dr3 = item(drOpinion, edu, "部分学校作业总量和时长管控不到位", "落实作业公示制度，纳入督导考核", lastYearSession.plusMonths(2));
        asUnit(edu, "吴敏（教育局）");
        problems.report(dr3, version(dr3), "全市中小学实行作业公示，纳入学校年度督导", "抽查显示达标率97%", true);
        problems.report(dr1, version(dr1), "出台课后服务课程指南，引入非遗、科创等课程", "城区学校已全覆盖，农村学校覆盖68%", false);
        asStaff();
        problems.verify(dr3, version(dr3), ProblemStep.CLOSE, null);

        long miningOpinion = opinions.issue(mining, new OpinionService.Issue("关于矿区环境综合治理工作情况报告的审议意见",
                "常委会组成人员建议：加快历史遗留废弃矿山生态修复，严格矿区扬尘和废水治理，压实矿山企业主体责任，健全长效监管机制。",
                ReportKind.SPECIAL, lastYearSession.plusDays(8)));
        LocalDate d = lastYearSession.plusMonths(4);
        long m1 = item(miningOpinion, land, "历史遗留废弃矿山修复进度滞后", "制定修复三年行动方案，逐矿明确责任和时限", d);
        long m2 = item(miningOpinion, land, "部分矿山复绿后管护不到位", "建立复绿区管护台账和巡查制度", d);
        long m3 = item(miningOpinion, land, "矿业权出让环境准入把关不严", "完善出让前生态环境评估", d);
        long m4 = item(miningOpinion, env, "矿区扬尘在线监测覆盖不全", "重点矿区安装扬尘在线监测设备并联网", d);
        long m5 = item(miningOpinion, env, "矿坑积水及废水超标排放", "开展矿坑水专项执法，限期完成治理", d);
        long m6 = item(miningOpinion, housing, "矿区周边村庄道路和排水设施破损", "纳入农村基础设施改造计划", today.minusDays(20));
        long m7 = item(miningOpinion, water, "矿区周边地下水监测点不足", "增设地下水监测井", d.plusMonths(8));
        long m8 = item(miningOpinion, housing, "塌陷区居民安置房建设滞后", "加快安置房建设并按期交付", today.plusMonths(2));
        asUnit(land, "自然资源和规划局经办人");
        problems.report(m1, version(m1), "印发废弃矿山生态修复三年行动方案，已完成修复42处", "完成率70%", true);
        problems.report(m2, version(m2), "建立复绿区管护台账，落实管护单位", "已全部落实", true);
        problems.report(m3, version(m3), "出台矿业权出让前生态环境评估办法", null, true);
        asUnit(env, "生态环境局经办人");
        problems.report(m4, version(m4), "12个重点矿区完成在线监测设备安装", "已联网运行", true);
        problems.report(m5, version(m5), "开展矿坑水专项执法，立案查处3起", "治理工程已开工", true);
        asUnit(water, "水务局经办人");
        problems.report(m7, version(m7), "新增地下水监测井6口", "长期监测", true);
        asStaff();
        problems.verify(m2, version(m2), ProblemStep.CLOSE, null);
        problems.verify(m3, version(m3), ProblemStep.CLOSE, null);
        problems.verify(m4, version(m4), ProblemStep.CLOSE, null);
        problems.verify(m5, version(m5), ProblemStep.RETURN, "治理工程尚未完工，出水水质监测数据不足，请补充");
        problems.verify(m7, version(m7), ProblemStep.MARK_LONG_TERM, "监测需连续开展，每半年报告一次");

        long bwOpinion = opinions.issue(blackWater, new OpinionService.Issue("关于城市黑臭水体治理工作情况报告的审议意见",
                "常委会组成人员建议：巩固黑臭水体治理成效，加快雨污分流改造，防止返黑返臭。", ReportKind.SPECIAL, lastYearSession.plusDays(8)));
        long bw1 = item(bwOpinion, housing, "老城区雨污分流改造进度慢", "制定分片改造计划", lastYearSession.plusMonths(5));
        long bw2 = item(bwOpinion, housing, "部分已治理水体出现返黑返臭", "建立长效巡河和水质监测机制", lastYearSession.plusMonths(3));
        long bw3 = item(bwOpinion, water, "污水处理厂提标改造滞后", "年底前完成提标改造", lastYearSession.plusMonths(4));
        asUnit(water, "水务局经办人");
        problems.report(bw3, version(bw3), "两座污水处理厂完成提标改造", "出水稳定达到一级A", true);
        asStaff();
        problems.verify(bw3, version(bw3), ProblemStep.CLOSE, null);
        // last year's topics: heard at last year's session, their earlier steps dated through last year
        moveToPastSession(List.of(doubleReduction, mining, blackWater), lastYearSession);
        spread(doubleReduction, LocalDate.of(last, 3, 1), 9);
        spread(mining, LocalDate.of(last, 4, 1), 8);
        spread(blackWater, LocalDate.of(last, 5, 1), 9);

        // the handling reports, evaluated at the recent session: 双减 不满意 (re-opened), 矿区 passed
        asUnit(edu, "吴敏（教育局）");
        opinions.submitReport(drOpinion, "市教育局关于义务教育“双减”工作审议意见研究处理情况的报告：作业公示制度已全面推行，课后服务覆盖率提升至92%……");
        asUnit(land, "自然资源和规划局经办人");
        opinions.submitReport(miningOpinion, "市人民政府关于矿区环境综合治理工作审议意见研究处理情况的报告：废弃矿山修复完成42处，扬尘在线监测全覆盖……");
        asStaff();
        long drVote = opinions.scheduleEvaluation(drOpinion, session.getId());
        long miningVote = opinions.scheduleEvaluation(miningOpinion, session.getId());
        hold(session, drVote, Map.of(BallotChoice.YES, 6, BallotChoice.ABSTAIN, 8));
        hold(session, miningVote, Map.of(BallotChoice.YES, 19, BallotChoice.ABSTAIN, 8));
        asStaff();
        opinions.release(miningOpinion);
        opinions.releaseReport(miningOpinion);
        opinions.release(drOpinion);
        opinions.releaseReport(drOpinion);

        // ----- this year -----
        long inquiry = plans.addTopic(plan, new TopicDetails("开展食品安全工作专题询问", TopicKind.SPECIAL_INQUIRY, financeBody,
                market.getId(), 4, "结合食品安全“两法”执法检查开展专题询问"));
        long yellowRiver = plans.addTopic(plan, new TopicDetails("检查《中华人民共和国黄河保护法》实施情况", TopicKind.LAW_INSPECTION,
                urbanBody, env.getId(), 9, "省市联动开展执法检查"));
        long followUp = plans.planFollowUp(blackWater, year);
        plans.addTopic(plan, new TopicDetails("视察全市重点民生实事项目建设情况", TopicKind.VISIT, socialBody, civil.getId(), 11, null));
        long research = plans.addTopic(plan, new TopicDetails("开展全市养老服务体系建设专题调研", TopicKind.RESEARCH, socialBody,
                civil.getId(), 10, null));
        plans.take(research, TopicStep.START_PREPARATION, "组成调研组，赴各区县调研");

        plans.take(inquiry, TopicStep.START_PREPARATION, "开展问卷调查和暗访");
        String[][] questions = {
                {"李国华委员", "校园食品安全问题屡有发生，如何落实学校食堂负责人陪餐制度？", "市教育局", "何静局长", "全市中小学已全面推行陪餐制度，纳入督导考核", "建立陪餐记录抽查通报机制"},
                {"王建平委员", "农贸市场快检室形同虚设，如何发挥作用？", "市市场监督管理局", "陈立局长", "推行快检结果公示，年内完成全部快检室升级", "快检室升级年底前完成"},
                {"赵丽代表", "网络订餐“幽灵餐厅”如何监管？", "市市场监督管理局", "陈立局长", "与平台建立数据对接，已下架无证商户126家", null},
                {"孙明委员", "农药兽药残留超标如何从源头管控？", "市农业农村局", "周平局长", "推行食用农产品承诺达标合格证制度", "扩大合格证覆盖面"},
                {"刘芳委员", "食品安全抽检发现问题后的核查处置是否及时？", "市市场监督管理局", "陈立局长", "不合格产品核查处置率100%", null},
                {"周强代表", "小作坊、小摊贩如何规范管理？", "市市场监督管理局", "张红副局长", "制定“三小”登记管理办法", "出台“三小”管理办法"},
                {"吴刚委员", "食源性疾病监测体系如何完善？", "市卫生健康委员会", "林涛主任", "哨点医院增至32家", null},
                {"郑华委员", "冷链食品追溯如何落实？", "市市场监督管理局", "陈立局长", "冷链食品追溯平台覆盖全部进口冷链企业", null},
                {"钱进代表", "食品安全工作考核如何压实属地责任？", "市人民政府", "刘建新副市长", "将食品安全纳入各区县党政领导班子考核", null}};
        for (String[] q : questions) {
            inspections.addQuestion(inquiry, new QuestionDetails(q[0], q[1], q[2], q[3], q[4], q[5]));
        }
        spread(inquiry, LocalDate.of(year, 2, 10), 6);
        plans.schedule(inquiry, session.getId());
        plans.take(inquiry, TopicStep.RECORD_HEARD, "联组会议专题询问");
        long inquiryOpinion = opinions.issue(inquiry, new OpinionService.Issue("关于食品安全工作专题询问的审议意见",
                "建议：压实食品安全属地管理责任，提升农贸市场快检能力，加强校园食品安全和网络订餐监管。", ReportKind.INQUIRY, today.minusDays(5)));
        opinions.addItem(inquiryOpinion, new ProblemDetails("农贸市场快检室作用发挥不充分", market.getId(), "落实专题询问第2问的答复承诺",
                LocalDate.of(year, 12, 31)), ProblemSource.INQUIRY, "专题询问第2问");
        opinions.addItem(inquiryOpinion, new ProblemDetails("食用农产品合格证覆盖面不足", agri.getId(), "落实专题询问第4问的答复承诺",
                today.plusMonths(3)), ProblemSource.INQUIRY, "专题询问第4问");
        opinions.addItem(inquiryOpinion, new ProblemDetails("食源性疾病哨点医院布局不均", health.getId(), "优化哨点医院布局",
                today.plusMonths(3)), ProblemSource.OPINION, null);

        plans.take(yellowRiver, TopicStep.START_PREPARATION, "制定执法检查方案");
        inspections.recordInspection(yellowRiver, -1, new InspectionDetails("《中华人民共和国黄河保护法》",
                "第二十六条、第五十八条、第七十三条、第一百零六条",
                "组长：张卫东副主任；成员：李国华、王建平委员，赵丽、钱进代表，省环科院专家2名",
                "6月听取市政府汇报；7月赴沿黄三个区县实地检查；8月召开座谈会、委托第三方开展问卷调查",
                "检查认为，全市黄河流域生态保护和高质量发展取得积极进展，但仍存在滩区违规种植养殖、支流水质不稳定、取水许可管理不规范等问题。"));
        long v1 = inspections.addSiteVisit(yellowRiver, LocalDate.of(year, 7, 8), "沿黄生态廊道（城东段）", "生态廊道建设和滩区综合整治情况",
                "滩区仍有违规种植");
        long v2 = inspections.addSiteVisit(yellowRiver, LocalDate.of(year, 7, 9), "第二污水处理厂", "入黄排污口监测和污水处理设施运行情况",
                "在线监测数据与人工监测存在偏差");
        inspections.addSiteVisit(yellowRiver, LocalDate.of(year, 7, 10), "金堤河入黄口", "支流水质和河长制落实情况", null);
        // the demo deputy and two more serving deputies were in the inspection group: it shows in their 履职档案
        for (Long deputy : jdbc.queryForList("select d.id from deputy d join term t on t.id = d.term_id and t.current "
                + "left join user_account a on a.id = d.user_account_id where d.status = 'SERVING' "
                + "order by (a.username = 'deputy') desc nulls last, d.id limit 3", Long.class)) {
            inspections.addDeputy(yellowRiver, deputy, LocalDate.of(year, 7, 8));
        }
        inspections.addPhoto(yellowRiver, v1, "生态廊道.png", photo(new Color(46, 125, 50)));
        inspections.addPhoto(yellowRiver, v2, "污水处理厂.png", photo(new Color(21, 101, 192)));
        spread(yellowRiver, LocalDate.of(year, 5, 20), 10);
        plans.schedule(yellowRiver, upcomingSession());

        plans.schedule(followUp, session.getId());
        plans.take(followUp, TopicStep.RECORD_HEARD, "听取市政府关于审议意见落实情况的报告");
        long followUpOpinion = opinions.issue(followUp, new OpinionService.Issue("关于城市黑臭水体治理工作回头看的审议意见",
                "建议：对上年度审议意见中尚未整改到位的问题继续跟踪督办，确保不返黑不返臭。", ReportKind.SPECIAL, today.minusDays(4)));
        opinions.carryOver(bwOpinion, followUpOpinion);
        sessions.close(session.getId());

        // ----- proposals -----
        asAccount("dep002", Role.DEPUTY);
        plans.propose(year + 1, "开展全民健身条例执法检查", "社区健身设施不足、学校体育场地开放率低，群众反映强烈。");
        asAccount("member", Role.MEMBER);
        plans.propose(year + 1, "听取和审议市政府关于城市停车管理工作情况的报告", "老旧小区停车难问题突出，建议列入明年计划。");
        asAccount("deputy", Role.DEPUTY);
        long adopted = plans.propose(year, "视察重点民生实事项目", "了解民生实事项目进度和群众满意度。");
        plans.proposePublic(year + 1, "张先生", "138****2468", "关于加强电动自行车充电安全监管的建议",
                "小区电动车飞线充电现象普遍，存在火灾隐患，建议人大开展监督。");
        asStaff();
        plans.screen(adopted, ProposalStatus.NOT_ADOPTED, "已列入本年度计划（视察全市重点民生实事项目建设情况），合并办理", null, null);
    }

    private long item(long opinionId, OrgUnit organ, String description, String measures, LocalDate deadline) {
        return opinions.addItem(opinionId, new ProblemDetails(description, organ.getId(), measures, deadline), ProblemSource.OPINION, null);
    }

    private long version(long problemId) {
        entityManager.flush();
        Long v = jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, problemId);
        return v == null ? 0 : v;
    }

    private OrgUnit org(String code) {
        return orgUnits.findByCode(code).orElseThrow();
    }

    /** A session of this term held recently, after every earlier demo session, numbered in date order. */
    private Meeting recentSession(LocalDate day) {
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day.plusDays(1), "市人大常委会会议厅", false));
        Long planned = jdbc.query("select id from meeting where kind = 'STANDING_COMMITTEE' and status = 'PLANNED' and id <> ? and start_date > ? "
                + "order by start_date limit 1", rs -> rs.next() ? rs.getLong(1) : null, m.getId(), Date.valueOf(day));
        if (planned != null) {
            // the upcoming demo session was created first; give the two sessions their numbers in date order
            entityManager.flush();
            jdbc.update("update meeting set number = number + 1000000 where id in (?, ?)", m.getId(), planned);
            jdbc.update("update meeting set number = case when id = ? then (select number - 1000000 from meeting where id = ?) "
                            + "else (select number - 1000000 from meeting where id = ?) end, "
                            + "title = case when id = ? then (select title from meeting where id = ?) else (select title from meeting where id = ?) end "
                            + "where id in (?, ?)", m.getId(), planned, m.getId(), m.getId(), planned, m.getId(), m.getId(), planned);
            entityManager.clear();
        }
        sessions.start(m.getId());
        return m;
    }

    private long upcomingSession() {
        return jdbc.queryForObject("select id from meeting where kind = 'STANDING_COMMITTEE' and status = 'PLANNED' order by start_date limit 1",
                Long.class);
    }

    /** The last year's session nearest to the given month (the demo sessions run every two months). */
    private LocalDate pastSessionDay(int year, int month) {
        return jdbc.query("select start_date from meeting where kind = 'STANDING_COMMITTEE' and status = 'CLOSED' "
                        + "and extract(year from start_date) = ? order by abs(extract(month from start_date) - ?) limit 1",
                rs -> rs.next() ? rs.getDate(1).toLocalDate() : LocalDate.of(year, month, 20), year, month);
    }

    /** The topics were heard at last year's session: their agenda items and session references point there. */
    private void moveToPastSession(List<Long> topicIds, LocalDate day) {
        Long meetingId = jdbc.query("select id from meeting where kind = 'STANDING_COMMITTEE' and start_date = ?",
                rs -> rs.next() ? rs.getLong(1) : null, Date.valueOf(day));
        if (meetingId == null) {
            return;
        }
        entityManager.flush();
        String title = jdbc.queryForObject("select session_title from oversight_topic where id = ?", String.class, topicIds.get(0));
        for (long topicId : topicIds) {
            Long itemId = jdbc.queryForObject("select agenda_item_id from oversight_topic where id = ?", Long.class, topicId);
            jdbc.update("update agenda_item set meeting_id = ?, position = (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?) "
                    + "where id = ?", meetingId, meetingId, itemId);
            jdbc.update("update oversight_topic set session_id = ?, session_title = ? where id = ?", meetingId,
                    pastTitle(meetingId, title), topicId);
        }
        jdbc.update("update oversight_event set remark = (select session_title from oversight_topic where id = topic_id) "
                        + "where step = 'enum.TopicStep.SCHEDULE' and topic_id in (?, ?, ?)",
                topicIds.get(0), topicIds.get(1), topicIds.get(2));
        entityManager.clear();
    }

    private String pastTitle(long meetingId, String fallback) {
        return sessions.find(meetingId).map(s -> s.title()).orElse(fallback);
    }

    /** Dates the topic's history so far through the year, a step every {@code stepDays} days, in the order it happened. */
    private void spread(long topicId, LocalDate from, int stepDays) {
        entityManager.flush();
        jdbc.update("""
                update oversight_event e set at = x.at from (
                    select id, (cast(? as date) + cast((row_number() over (order by id) - 1) * ? as integer)) + time '10:00' as at
                    from oversight_event where topic_id = ?) x
                where e.id = x.id and x.at < now()""", Date.valueOf(from), stepDays, topicId);
    }

    /** Members vote by the given numbers of 满意 (yes) and 基本满意 (abstain); everyone else present votes 不满意. */
    private void hold(Meeting session, long voteId, Map<BallotChoice, Integer> counts) {
        asStaff();
        votes.open(voteId);
        List<Participant> present = sessions.participants(session.getId()).stream().filter(Participant::isPresent).toList();
        int yes = counts.getOrDefault(BallotChoice.YES, 0);
        int abstain = counts.getOrDefault(BallotChoice.ABSTAIN, 0);
        for (int i = 0; i < present.size(); i++) {
            Participant p = present.get(i);
            act(p.getUserAccountId(), p.getName(), null, Role.MEMBER);
            votes.cast(voteId, i < yes ? BallotChoice.YES : i < yes + abstain ? BallotChoice.ABSTAIN : BallotChoice.NO, Map.of());
        }
        asStaff();
        votes.close(voteId);
    }

    private void asStaff() {
        asAccount("staff", Role.STAFF);
    }

    private void asAccount(String username, Role role) {
        UserAccount a = accounts.findByUsername(username).orElseThrow();
        act(a.getId(), a.getDisplayName(), a.getOrgUnit() == null ? null : a.getOrgUnit().getId(), role);
    }

    /** A unit user of an organ; organs without a demo account act through a named clerk. */
    private void asUnit(OrgUnit organ, String name) {
        Long accountId = jdbc.query("select id from user_account where org_unit_id = ? order by id limit 1",
                rs -> rs.next() ? rs.getLong(1) : null, organ.getId());
        act(accountId, name, organ.getId(), Role.UNIT);
    }

    private static void act(Long accountId, String name, Long orgId, Role role) {
        var principal = new DemoPrincipal(accountId, "demo-" + name, name, EnumSet.of(role), orgId);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    /** A small site photo (a coloured PNG), so that the demo shows real image attachments. */
    private static byte[] photo(Color color) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.fillRect(20, 160, 280, 40);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
