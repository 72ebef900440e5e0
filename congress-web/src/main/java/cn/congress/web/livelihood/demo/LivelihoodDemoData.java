package cn.congress.web.livelihood.demo;

import cn.congress.deputies.livelihood.LivelihoodEvaluation;
import cn.congress.deputies.livelihood.LivelihoodImplementation;
import cn.congress.deputies.livelihood.LivelihoodProject.Proposal;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.deputies.livelihood.LivelihoodVoting;
import cn.congress.deputies.livelihood.ProposalSource;
import cn.congress.deputies.livelihood.Rating;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.Attendance;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Participant;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.web.demo.DemoAccounts;
import cn.congress.web.demo.DemoDataContributor;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two years of livelihood projects: last year's evaluated (one failing and rectified), this year's from collection
 * through the vote at the congress session to mid-year progress (one delayed, one adjusted by the standing
 * committee's decision); and a district congress collecting its own. Each step is done by the account that would
 * do it (staff, deputies, the organs' users); history dates are then set over the year in workflow order.
 */
@Component
@RequiredArgsConstructor
class LivelihoodDemoData implements DemoDataContributor {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LivelihoodService service;
    private final LivelihoodVoting voting;
    private final LivelihoodImplementation implementation;
    private final LivelihoodEvaluation evaluation;
    private final SessionService sessions;
    private final SessionAgenda agenda;
    private final OrgUnitRepository orgs;
    private final UserAccountRepository accounts;
    private final DemoAccounts demoAccounts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    public String name() {
        return "livelihood";
    }

    @Override
    public int order() {
        return 40;
    }

    /** A project of the demo: title, organ code, budget in 万元, source, how many deputies vote yes. */
    private record Item(String title, String organ, int wan, String description) {
    }

    @Override
    public void load() {
        demoAccounts.create("unit4", "钱芳（民政局）", org("GOV-CIVIL"), Role.UNIT);
        demoAccounts.create("unit5", "孙健（卫健委）", org("GOV-HEALTH"), Role.UNIT);
        demoAccounts.create("unit6", "李达（发改委）", org("GOV-NDRC"), Role.UNIT);
        demoAccounts.create("dstaff", "韩雪（东城区人大）", org("D-DONGCHENG"), Role.STAFF);
        int year = LocalDate.now(clock).getYear();
        try {
            lastYear(year - 1);
            thisYear(year);
            district(year);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private OrgUnit org(String code) {
        return orgs.findByCode(code).orElseThrow();
    }

    private void as(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    private String usernameOf(long accountId) {
        return accounts.findById(accountId).orElseThrow().getUsername();
    }

    private long propose(long programme, Item item, ProposalSource source, String station, LocalDate on) {
        Proposal p = new Proposal(item.title(), item.description(), "全市", BigDecimal.valueOf(item.wan()).movePointRight(4),
                orgs.findByCode(item.organ()).map(OrgUnit::getName).orElse(null), null, null);
        long id = service.propose(programme, p, source, station);
        stamp(id, on);
        return id;
    }

    /** Dates the latest history row of the project (demo history follows the year, not the loading time). */
    private void stamp(long projectId, LocalDate on) {
        jdbc.update("update livelihood_event set at = ? where id = (select max(id) from livelihood_event where project_id = ?)",
                Timestamp.from(on.atTime(10, 0).atZone(ZONE).toInstant()), projectId);
    }

    private void stampAll(List<Long> projects, LocalDate on) {
        projects.forEach(p -> stamp(p, on));
    }

    private static final List<Item> LAST_YEAR = List.of(
            new Item("老旧小区改造", "GOV-HOUSING", 32000, "改造2000年前建成的老旧小区120个，完善水电气管网、加装电梯、整治环境，惠及居民4.2万户。"),
            new Item("一刻钟便民生活圈", "GOV-NDRC", 6800, "在中心城区建设一刻钟便民生活圈20个，补齐早餐、菜市场、家政、维修等便民服务网点。"),
            new Item("平价药店", "GOV-HEALTH", 2600, "在每个街道设立至少一家平价药店，常用药品价格不高于全市平均零售价的85%。"),
            new Item("农村颐养之家", "GOV-CIVIL", 5400, "新建农村颐养之家60个，为农村高龄、留守老人提供助餐、日间照料和文娱服务。"),
            new Item("校园周边交通", "GOV-TRANSPORT", 4300, "对80所中小学校园周边道路实施交通安全改造，设置护学通道、临时停车位和限速设施。"),
            new Item("城市书房", "GOV-EDU", 1900, "建设24小时城市书房15个，纳入全市公共图书馆通借通还体系。"));

    private void lastYear(int y) {
        as("staff");
        long programme = service.createProgramme(y, y + "年示例市民生实事项目", 5);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < LAST_YEAR.size(); i++) {
            ids.add(propose(programme, LAST_YEAR.get(i), ProposalSource.GOVERNMENT, null, LocalDate.of(y - 1, 10, 10 + i)));
        }
        as("deputy");
        long deputyProposal = propose(programme, new Item("社区嵌入式托育", "GOV-HEALTH", 8000, "在每个社区嵌入设置托育点，提供普惠托育服务。"),
                ProposalSource.DEPUTY, null, LocalDate.of(y - 1, 10, 20));
        as("staff");
        service.startScreening(programme);
        for (int i = 0; i < ids.size(); i++) {
            service.shortlist(ids.get(i), "经市发改委、财政局论证，项目可行，资金已列入" + y + "年预算。", org(LAST_YEAR.get(i).organ()).getId());
            stamp(ids.get(i), LocalDate.of(y - 1, 11, 25));
        }
        service.screenOut(deputyProposal, "托育服务体系建设已列入市“十四五”专项规划，分年度推进，本年度不再列为民生实事项目。");
        stamp(deputyProposal, LocalDate.of(y - 1, 11, 25));
        service.recordDeliberation(programme, "第十七届人大常委会第三十二次主任会议", LocalDate.of(y - 1, 12, 18));
        stampAll(ids, LocalDate.of(y - 1, 12, 18));
        service.sendToDeputies(programme);
        int[] yes = {45, 41, 38, 40, 36, 22};
        voteAtCongress(programme, LocalDate.of(y, 1, 8), 3, (voter, k) -> voter < yes[k] ? BallotChoice.YES
                : (voter % 3 == 0 ? BallotChoice.ABSTAIN : BallotChoice.NO));
        stampAll(ids, LocalDate.of(y, 1, 10));
        jdbc.update("update livelihood_programme set sent_to_deputies_on = ?, decided_on = ? where id = ?",
                Date.valueOf(LocalDate.of(y - 1, 12, 28)), Date.valueOf(LocalDate.of(y, 1, 10)), programme);

        String[] organs = {"unit", "unit6", "unit5", "unit4", "unit3"};
        List<Long> deputies = deputyAccounts();
        for (int k = 0; k < 5; k++) {
            long p = ids.get(k);
            as(organs[k]);
            implementation.start(p);
            stamp(p, LocalDate.of(y, 2, 20));
            implementation.addMilestone(p, "完成项目设计和招标", LocalDate.of(y, 4, 30));
            implementation.addMilestone(p, "完成主体建设", LocalDate.of(y, 9, 30));
            implementation.completeMilestone(p, lastMilestone(p, 0), LocalDate.of(y, 4, 25));
            report(p, 45, LAST_YEAR.get(k).wan() * 40 / 100, "项目设计和招标已完成，进入施工阶段。", LocalDate.of(y, 6, 20));
            implementation.completeMilestone(p, lastMilestone(p, 1), LocalDate.of(y, 9, 28));
            implementation.complete(p, BigDecimal.valueOf(LAST_YEAR.get(k).wan() * 97L / 100).movePointRight(4), "项目全部完工，已交付使用。");
            stamp(p, LocalDate.of(y, 11, 30));
            as("staff");
            implementation.assignSupervisors(p, deputies.subList(k * 3, k * 3 + 3));
            stamp(p, LocalDate.of(y, 2, 10));
            as(usernameOf(deputies.get(k * 3)));
            implementation.inspect(p, LocalDate.of(y, 7, 15), "代表监督小组3人", "施工组织有序，建议加强对居民的施工公告和安全防护。");
            stamp(p, LocalDate.of(y, 7, 15));
        }
        jdbc.update("update livelihood_project set completed_on = ? where programme_id = ? and completed_on is not null",
                Date.valueOf(LocalDate.of(y, 11, 30)), programme);
        jdbc.update("update livelihood_progress set reported_on = ? where percent = 100 and project_id = any (?)",
                Date.valueOf(LocalDate.of(y, 11, 30)), (Object) ids.toArray(Long[]::new));

        as("staff");
        evaluation.open(programme);
        // 校园周边交通 falls short of the pass share: 55% favourable, so its organ reports a rectification
        int[] favourable = {44, 42, 40, 43, 26};
        for (int i = 0; i < 47; i++) {
            as(usernameOf(deputies.get(i)));
            Map<Long, Rating> ratings = new HashMap<>();
            for (int k = 0; k < 5; k++) {
                ratings.put(ids.get(k), i < favourable[k] ? (i % 2 == 0 ? Rating.SATISFIED : Rating.BASIC) : Rating.UNSATISFIED);
            }
            evaluation.rate(programme, ratings);
        }
        as("staff");
        evaluation.close(programme);
        stampAll(ids.subList(0, 5), LocalDate.of(y, 12, 26));
        as("unit3");
        implementation.rectify(ids.get(4), "针对代表意见，已在32所学校增设护学岗和错峰接送点，完善交通标志标线，整改情况已向市人大常委会书面报告。");
        stamp(ids.get(4), LocalDate.of(y + 1, 2, 28).isAfter(LocalDate.now(clock)) ? LocalDate.now(clock).minusDays(1) : LocalDate.of(y + 1, 2, 28));
        jdbc.update("update livelihood_programme set evaluation_opened_on = ?, evaluation_closed_on = ? where id = ?",
                Date.valueOf(LocalDate.of(y, 12, 15)), Date.valueOf(LocalDate.of(y, 12, 26)), programme);
        jdbc.update("update livelihood_rating set rated_at = ? where project_id = any (?)",
                Timestamp.from(LocalDate.of(y, 12, 20).atTime(15, 0).atZone(ZONE).toInstant()), (Object) ids.toArray(Long[]::new));
    }

    private static final List<Item> THIS_YEAR = List.of(
            new Item("城镇老旧小区改造提升", "GOV-HOUSING", 28000, "改造老旧小区100个，同步推进完整社区建设，加装电梯200部。"),
            new Item("新建改扩建中小学幼儿园", "GOV-EDU", 36000, "新建改扩建中小学、幼儿园12所，新增学位1.2万个。"),
            new Item("公交线网优化和智慧站台", "GOV-TRANSPORT", 5200, "优化调整公交线路30条，新建改造智慧公交站台300个。"),
            new Item("社区老年助餐服务", "GOV-CIVIL", 3600, "新建社区老年食堂和助餐点80个，实现城市社区助餐服务全覆盖。"),
            new Item("基层医疗卫生服务能力提升", "GOV-HEALTH", 8500, "提升30个乡镇卫生院和社区卫生服务中心服务能力，配置数字化诊疗设备。"),
            new Item("一刻钟便民生活圈扩面", "GOV-NDRC", 4200, "新建一刻钟便民生活圈15个，覆盖新建城区和城乡接合部。"),
            new Item("口袋公园和城市绿道", "GOV-HOUSING", 6100, "建设口袋公园40个、城市绿道50公里，方便群众就近休闲健身。"),
            new Item("校园周边安全护学通道", "GOV-TRANSPORT", 2400, "在50所中小学校门口建设安全护学通道和临时停靠区。"),
            new Item("24小时城市书房", "GOV-EDU", 1800, "建设24小时城市书房10个。"),
            new Item("背街小巷整治", "GOV-URBAN", 3900, "整治背街小巷120条，改善路面、照明和排水。"));

    private void thisYear(int y) {
        as("staff");
        long programme = service.createProgramme(y, y + "年示例市民生实事项目", 8);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < THIS_YEAR.size(); i++) {
            Item item = THIS_YEAR.get(i);
            if (i == 3) {
                as("deputy");
                ids.add(propose(programme, item, ProposalSource.DEPUTY, null, LocalDate.of(y - 1, 9, 28)));
                as("staff");
            } else if (i == 9) {
                ids.add(propose(programme, item, ProposalSource.STATION, "东华门街道人大代表联络站", LocalDate.of(y - 1, 10, 8)));
            } else if (i == 6) {
                SecurityContextHolder.clearContext();
                service.proposeAsResident(programme, new LivelihoodService.ResidentProposal(new Proposal(item.title(), item.description(),
                        "全市", BigDecimal.valueOf(item.wan()).movePointRight(4), null, null, null), "李先生", "13912345678", true));
                as("staff");
                long id = jdbc.queryForObject("select max(id) from livelihood_project where programme_id = ?", Long.class, programme);
                stamp(id, LocalDate.of(y - 1, 10, 12));
                service.moderate(id, true, null);
                stamp(id, LocalDate.of(y - 1, 10, 14));
                ids.add(id);
            } else {
                ids.add(propose(programme, item, ProposalSource.GOVERNMENT, null, LocalDate.of(y - 1, 10, 15 + i)));
            }
        }
        SecurityContextHolder.clearContext();
        service.proposeAsResident(programme, new LivelihoodService.ResidentProposal(new Proposal("减免小区物业费",
                "希望政府出资减免老旧小区物业费。", "南湖区", BigDecimal.ZERO, null, null, null), "", "", false));
        as("staff");
        long rejected = jdbc.queryForObject("select max(id) from livelihood_project where programme_id = ?", Long.class, programme);
        service.moderate(rejected, false, "物业费属于业主与物业服务企业之间的民事约定，不宜列为政府民生实事项目。");
        stamp(rejected, LocalDate.of(y - 1, 10, 20));
        long duplicate = propose(programme, new Item("社区长者食堂", "GOV-CIVIL", 1200, "在社区建设长者食堂，解决老年人吃饭难。"),
                ProposalSource.GOVERNMENT, null, LocalDate.of(y - 1, 10, 22));
        long metro = propose(programme, new Item("地铁新线建设", "GOV-TRANSPORT", 1200000, "加快建设地铁新线。"),
                ProposalSource.GOVERNMENT, null, LocalDate.of(y - 1, 10, 23));
        service.startScreening(programme);
        service.merge(duplicate, ids.get(3), null);
        stamp(duplicate, LocalDate.of(y - 1, 11, 20));
        service.screenOut(metro, "投资规模大、建设周期长，已列入市重大项目计划，不作为年度民生实事项目。");
        stamp(metro, LocalDate.of(y - 1, 11, 20));
        for (int i = 0; i < ids.size(); i++) {
            service.shortlist(ids.get(i), "经论证，项目可行，资金已列入" + y + "年市级财政预算。", org(THIS_YEAR.get(i).organ()).getId());
            stamp(ids.get(i), LocalDate.of(y - 1, 11, 28));
        }
        service.recordDeliberation(programme, "第十七届人大常委会第三十八次主任会议", LocalDate.of(y - 1, 12, 16));
        stampAll(ids, LocalDate.of(y - 1, 12, 16));
        service.sendToDeputies(programme);
        int[] yes = {46, 45, 40, 44, 43, 38, 35, 37, 24, 30};
        voteAtCongress(programme, LocalDate.of(y, 1, 14), 2, (voter, k) -> voter < yes[k] ? BallotChoice.YES
                : (voter % 4 == 0 ? BallotChoice.ABSTAIN : BallotChoice.NO));
        stampAll(ids, LocalDate.of(y, 1, 16));
        jdbc.update("update livelihood_programme set sent_to_deputies_on = ?, decided_on = ? where id = ?",
                Date.valueOf(LocalDate.of(y - 1, 12, 26)), Date.valueOf(LocalDate.of(y, 1, 16)), programme);

        String[] organs = {"unit", "unit2", "unit3", "unit4", "unit5", "unit6", "unit", "unit3"};
        int[] percent = {55, 48, 30, 62, 50, 58, 40, 65};
        List<Long> deputies = deputyAccounts();
        for (int k = 0; k < 8; k++) {
            long p = ids.get(k);
            as(organs[k]);
            implementation.start(p);
            stamp(p, LocalDate.of(y, 2, 25));
            implementation.addMilestone(p, "完成项目立项和招标", LocalDate.of(y, 4, 30));
            implementation.addMilestone(p, "完成年度建设任务", LocalDate.of(y, 11, 30));
            implementation.completeMilestone(p, lastMilestone(p, 0), LocalDate.of(y, k == 2 ? 6 : 4, 28));
            boolean delayed = k == 2;
            as(organs[k]);
            implementation.report(p, new LivelihoodImplementation.Report(percent[k],
                            BigDecimal.valueOf(THIS_YEAR.get(k).wan() * percent[k] / 100L).movePointRight(4),
                            delayed ? "线路优化方案已完成听证，智慧站台建设进度滞后。" : "按计划推进，主体工程进展顺利。", delayed,
                            delayed ? "智慧站台供电接入审批滞后，已协调供电公司开辟绿色通道，预计三季度末追回进度。" : null),
                    List.of());
            datedReport(p, LocalDate.of(y, 6, 25));
            as("staff");
            implementation.assignSupervisors(p, deputies.subList(k * 3 + 2, k * 3 + 5));
            stamp(p, LocalDate.of(y, 2, 12));
        }
        as(usernameOf(deputies.get(8)));
        implementation.inspect(ids.get(2), LocalDate.of(y, 6, 10), "代表监督小组3人", "智慧站台建设滞后，建议交通、供电部门建立联席机制，倒排工期。");
        stamp(ids.get(2), LocalDate.of(y, 6, 10));
        as("staff");
        implementation.adjust(ids.get(6), "示例市人大常委会关于调整" + y + "年民生实事项目的决定", LocalDate.of(y, 6, 26),
                "因规划调整，将南湖片区5个口袋公园选址调整至北山片区，投资相应调整。", "口袋公园和城市绿道", new BigDecimal("58000000"), null);
        stamp(ids.get(6), LocalDate.of(y, 6, 26));
        agenda.upcomingStandingCommitteeSessions().stream().findFirst()
                .ifPresent(s -> implementation.scheduleProgressReport(programme, s.id()));
    }

    private void district(int y) {
        as("dstaff");
        long programme = service.createProgramme(y + 1, (y + 1) + "年东城区民生实事项目", 6);
        propose(programme, new Item("背街小巷微改造", "GOV-URBAN", 900, "对区内30条背街小巷实施微改造。"), ProposalSource.STATION,
                "东华门街道人大代表联络站", LocalDate.now(clock).minusDays(20));
        propose(programme, new Item("社区卫生服务站标准化建设", "GOV-HEALTH", 600, "推进12个社区卫生服务站标准化建设。"),
                ProposalSource.GOVERNMENT, null, LocalDate.now(clock).minusDays(10));
    }

    /** The list goes to a congress session: staff open the vote, the present deputies vote, staff close it. */
    private long voteAtCongress(long programme, LocalDate day, int onLeave, java.util.function.BiFunction<Integer, Integer, BallotChoice> choice) {
        as("staff");
        Meeting m = sessions.create(new SessionService.Details(SessionKind.CONGRESS, day, day.plusDays(4), "示例市人民大会堂", false));
        sessions.start(m.getId());
        List<Participant> ps = sessions.participants(m.getId());
        for (int i = 0; i < onLeave; i++) {
            sessions.recordAttendance(m.getId(), ps.get(ps.size() - 1 - i).getId(), Attendance.LEAVE, "因病请假");
        }
        long vote = voting.putToVote(programme, m.getId());
        voting.open(vote);
        List<Long> candidates = jdbc.queryForList("""
                select c.project_id from livelihood_ballot_candidate c join livelihood_ballot b on b.id = c.ballot_id
                where b.vote_id = ? order by c.position
                """, Long.class, vote);
        for (int i = 0; i < ps.size() - onLeave; i++) {
            as(usernameOf(ps.get(i).getUserAccountId()));
            Map<Long, BallotChoice> choices = new HashMap<>();
            for (int k = 0; k < candidates.size(); k++) {
                choices.put(candidates.get(k), choice.apply(i, k));
            }
            voting.cast(vote, choices);
        }
        as("staff");
        voting.close(vote);
        sessions.close(m.getId());
        return vote;
    }

    private List<Long> deputyAccounts() {
        return jdbc.queryForList("""
                select d.user_account_id from deputy d where d.status = 'SERVING' and d.user_account_id is not null order by d.id
                """, Long.class);
    }

    private long lastMilestone(long projectId, int index) {
        return jdbc.queryForList("select id from livelihood_milestone where project_id = ? order by id", Long.class, projectId).get(index);
    }

    private void report(long p, int percent, int spentWan, String note, LocalDate on) {
        implementation.report(p, new LivelihoodImplementation.Report(percent, BigDecimal.valueOf(spentWan).movePointRight(4), note, false, null),
                List.of());
        datedReport(p, on);
    }

    private void datedReport(long p, LocalDate on) {
        jdbc.update("update livelihood_progress set reported_on = ? where id = (select max(id) from livelihood_progress where project_id = ?)",
                Date.valueOf(on), p);
        stamp(p, on);
    }
}
