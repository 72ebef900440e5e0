package cn.congress.web.fiscal.demo;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.oversight.fiscal.assets.AssetCategory;
import cn.congress.oversight.fiscal.assets.AssetsService;
import cn.congress.oversight.fiscal.assets.AssetsViews.BondUse;
import cn.congress.oversight.fiscal.assets.AssetsViews.CategoryFigures;
import cn.congress.oversight.fiscal.assets.AssetsViews.DebtFigures;
import cn.congress.oversight.fiscal.audit.AuditService;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingDetails;
import cn.congress.oversight.fiscal.audit.FindingKind;
import cn.congress.oversight.fiscal.budget.ImportKind;
import cn.congress.oversight.fiscal.budget.ImportService;
import cn.congress.oversight.fiscal.budget.ImportViews.RawRow;
import cn.congress.oversight.fiscal.budget.WarningService;
import cn.congress.oversight.fiscal.review.DocumentKind;
import cn.congress.oversight.fiscal.review.ReviewKind;
import cn.congress.oversight.fiscal.review.ReviewService;
import cn.congress.oversight.opinion.ProblemService;
import cn.congress.oversight.opinion.ProblemStep;
import cn.congress.oversight.plan.OversightPlanService;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A year of online budget monitoring in the demo city, loaded through the same import as a treasury file: twenty
 * departments with three budget units each and fifteen function categories, last year's twelve months (with a
 * year-end spike at 市农业农村局) and this year's months up to last month. 住建局, 交通运输局 and 文广旅局 lag behind (their
 * mid-year warnings are raised), a unit of 城管局 overspends one category, 住建局 moves a large sum between categories;
 * staff have sent 住建局's warnings for explanation, and 城管局 has answered the one about its overspending. The audit
 * work report on last year's budget, heard at this year's session, holds 30 findings of 12 audited units: 12 closed
 * (销号) with their amounts recovered, 6 submitted for verification, 5 being rectified, the rest just assigned.
 */
@Component
@RequiredArgsConstructor
class FiscalDemoData implements DemoDataContributor {

    static final String[] DEPARTMENTS = {"GOV-OFFICE", "GOV-NDRC", "GOV-EDU", "GOV-POLICE", "GOV-CIVIL", "GOV-FINANCE", "GOV-HR", "GOV-LAND",
            "GOV-ENV", "GOV-HOUSING", "GOV-TRANSPORT", "GOV-WATER", "GOV-HEALTH", "GOV-MARKET", "GOV-URBAN", "GOV-AGRI", "GOV-CULTURE",
            "GOV-JUSTICE", "GOV-AUDIT", "GOV-SASAC"};
    private static final Set<String> LAGGING = Set.of("GOV-HOUSING", "GOV-TRANSPORT", "GOV-CULTURE");
    private static final String[][] CATEGORIES = {
            {"2010101", "行政运行"}, {"2010102", "一般行政管理事务"}, {"2010350", "事业运行"}, {"2050201", "学前教育"},
            {"2050202", "小学教育"}, {"2080208", "基层政权建设和社区治理"}, {"2100302", "乡镇卫生院"}, {"2110301", "大气"},
            {"2120101", "城管执法"}, {"2120303", "小城镇基础设施建设"}, {"2130122", "农业生产发展"}, {"2140104", "公路建设"},
            {"2070101", "文化和旅游行政运行"}, {"2210201", "住房公积金"}, {"2299999", "其他支出"}};
    private static final String[] UNIT_KINDS = {"机关", "综合保障中心", "事务服务中心"};

    private final ImportService imports;
    private final WarningService warnings;
    private final AuditService audit;
    private final ProblemService problems;
    private final OversightPlanService plans;
    private final ReviewService reviews;
    private final AssetsService assets;
    private final OrgUnitRepository orgUnits;
    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    record DemoPrincipal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    @Override
    public String name() {
        return "fiscal";
    }

    @Override
    public int order() {
        return 50;
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
        OrgUnit gov = orgUnits.findByCode("GOV").orElseThrow();
        if (orgUnits.findByCode("GOV-AUDIT").isEmpty()) {
            orgUnits.save(new OrgUnit("示例市审计局", "市审计局", "GOV-AUDIT", OrgType.GOVERNMENT_DEPARTMENT, gov, 19));
        }
        if (orgUnits.findByCode("GOV-SASAC").isEmpty()) {
            orgUnits.save(new OrgUnit("示例市人民政府国有资产监督管理委员会", "市国资委", "GOV-SASAC", OrgType.GOVERNMENT_DEPARTMENT, gov, 20));
        }
        entityManager.flush();
        asStaff();
        int year = today.getYear();
        loadYear(year - 1, 12, new Random(2025));
        loadYear(year, Math.max(1, today.getMonthValue() - 1), new Random(2026));
        entityManager.flush();

        // staff ask 住建局 about its warnings; 教育局 answered one of its own
        for (Long id : jdbc.queryForList("""
                select w.id from fiscal_warning w join org_unit d on d.id = w.department_id
                where w.year = ? and d.code = 'GOV-HOUSING' order by w.id limit 2""", Long.class, year)) {
            warnings.send(id, version(id), "请说明预算执行进度滞后或大额调剂的原因及下一步措施");
        }
        List<Long> urban = jdbc.queryForList("""
                select w.id from fiscal_warning w join org_unit d on d.id = w.department_id
                where w.year = ? and d.code = 'GOV-URBAN' and w.rule = 'OVER_BUDGET' order by w.id limit 1""", Long.class, year);
        for (Long id : urban) {
            warnings.send(id, version(id), "请说明城管执法科目超预算支出的原因，是否履行预算调整程序");
            actAsUnit("GOV-URBAN");
            warnings.answer(id, version(id), "系年中新增的违建拆除专项行动支出，已报市财政局办理预算调剂，调剂手续正在履行中。");
            asStaff();
        }
        loadAudit(today);
        loadCalendar(today);
        loadAssetsAndDebt(today.getYear() - 1);
    }

    /** Last year's state-assets and debt reports (heard this year) and the year before's, for the year-on-year view. */
    private void loadAssetsAndDebt(int year) {
        asStaff();
        assets.saveAssets(year - 1, (year - 1) + "年度国有资产管理情况综合报告", "企业国有资产", List.of(
                new CategoryFigures(AssetCategory.ENTERPRISE, new BigDecimal("4862.35"), new BigDecimal("2931.18"), null),
                new CategoryFigures(AssetCategory.FINANCIAL, new BigDecimal("1207.60"), new BigDecimal("1038.42"), null),
                new CategoryFigures(AssetCategory.ADMINISTRATIVE, new BigDecimal("1566.04"), new BigDecimal("212.77"), null),
                new CategoryFigures(AssetCategory.NATURAL_RESOURCES, BigDecimal.ZERO, BigDecimal.ZERO,
                        "国有土地总面积42.6万公顷，其中耕地12.1万公顷；森林覆盖率31.2%；水资源总量18.4亿立方米")));
        assets.saveAssets(year, year + "年度国有资产管理情况综合报告", "行政事业性国有资产", List.of(
                new CategoryFigures(AssetCategory.ENTERPRISE, new BigDecimal("5231.90"), new BigDecimal("3120.45"), null),
                new CategoryFigures(AssetCategory.FINANCIAL, new BigDecimal("1288.13"), new BigDecimal("1101.96"), null),
                new CategoryFigures(AssetCategory.ADMINISTRATIVE, new BigDecimal("1624.58"), new BigDecimal("205.31"), null),
                new CategoryFigures(AssetCategory.NATURAL_RESOURCES, BigDecimal.ZERO, BigDecimal.ZERO,
                        "国有土地总面积42.6万公顷，其中耕地12.2万公顷；森林覆盖率31.8%；水资源总量17.9亿立方米")));
        assets.saveDebt(year - 1, new DebtFigures(new BigDecimal("612.00"), new BigDecimal("1085.00"), new BigDecimal("590.42"),
                new BigDecimal("1012.77"), new BigDecimal("48.00"), new BigDecimal("196.00"), new BigDecimal("71.35"),
                List.of(new BondUse("交通基础设施", new BigDecimal("62.00")), new BondUse("棚户区改造和保障性安居工程", new BigDecimal("54.00")),
                        new BondUse("产业园区基础设施", new BigDecimal("38.00")), new BondUse("生态环保", new BigDecimal("24.00")),
                        new BondUse("社会事业", new BigDecimal("18.00")))));
        assets.saveDebt(year, new DebtFigures(new BigDecimal("640.00"), new BigDecimal("1210.00"), new BigDecimal("611.80"),
                new BigDecimal("1146.25"), new BigDecimal("52.00"), new BigDecimal("228.00"), new BigDecimal("86.10"),
                List.of(new BondUse("交通基础设施", new BigDecimal("71.00")), new BondUse("棚户区改造和保障性安居工程", new BigDecimal("46.00")),
                        new BondUse("产业园区基础设施", new BigDecimal("45.00")), new BondUse("生态环保", new BigDecimal("31.00")),
                        new BondUse("社会事业", new BigDecimal("20.00")), new BondUse("城乡冷链物流", new BigDecimal("15.00")))));
    }

    /**
     * This year's statutory calendar: the budget, mid-year execution and the state-assets report heard with their
     * review opinions; the final accounts on the next session's agenda with the approval vote prepared; the debt
     * report scheduled with its 初审报告 still missing; the plan's mid-term review planned for December.
     */
    private void loadCalendar(LocalDate today) {
        asStaff();
        int year = today.getYear();
        Long current = jdbc.query("select id from meeting where kind = 'STANDING_COMMITTEE' and status = 'IN_PROGRESS' order by start_date limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        Long upcoming = jdbc.query("select id from meeting where kind = 'STANDING_COMMITTEE' and status = 'PLANNED' order by start_date limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        String[][] decided = {
                {"BUDGET", "关于" + year + "年市级预算草案的初步审查", "1", "建议市人民代表大会批准" + year + "年市级预算，同时指出：部分项目支出预算编制不够细化……"},
                {"MID_YEAR_EXECUTION", "关于" + year + "年上半年预算执行情况的报告", "8", "常委会组成人员认为，上半年预算执行总体平稳，但部分部门支出进度偏慢……"},
                {"STATE_ASSETS", "关于" + (year - 1) + "年度国有资产管理情况的综合报告", "10", "建议进一步摸清行政事业性国有资产底数，盘活闲置资产……"}};
        for (String[] d : decided) {
            long id = reviews.plan(year, ReviewKind.valueOf(d[0]), d[1], Integer.parseInt(d[2]));
            documents(id, true);
            if (current != null) {
                reviews.schedule(id, reviewVersion(id), current);
                reviews.recordResolution(id, reviewVersion(id), d[3]);
            }
        }
        long finalAccounts = reviews.plan(year, ReviewKind.FINAL_ACCOUNTS, (year - 1) + "年度市级决算（草案）", 6);
        documents(finalAccounts, true);
        long debt = reviews.plan(year, ReviewKind.DEBT, "关于" + (year - 1) + "年度政府债务管理情况的报告", 11);
        documents(debt, false);
        if (upcoming != null) {
            reviews.schedule(finalAccounts, reviewVersion(finalAccounts), upcoming);
            reviews.schedule(debt, reviewVersion(debt), upcoming);
        }
        reviews.plan(year, ReviewKind.PLAN_MID_TERM, "“十五五”规划纲要实施情况中期评估报告", 12);
    }

    private void documents(long reviewId, boolean both) {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        reviews.upload(reviewId, DocumentKind.GOVERNMENT_REPORT, "市人民政府报告.pdf", pdf);
        if (both) {
            reviews.upload(reviewId, DocumentKind.PRELIMINARY_REVIEW, "财政经济委员会初审报告.pdf", pdf);
        }
    }

    private long reviewVersion(long reviewId) {
        entityManager.flush();
        Long v = jdbc.queryForObject("select version from fiscal_review where id = ?", Long.class, reviewId);
        return v == null ? 0 : v;
    }

    private static final String[] AUDITED = {"GOV-EDU", "GOV-HOUSING", "GOV-TRANSPORT", "GOV-HEALTH", "GOV-CIVIL", "GOV-WATER", "GOV-AGRI",
            "GOV-URBAN", "GOV-CULTURE", "GOV-ENV", "GOV-HR", "GOV-MARKET"};
    private static final String[][] FINDINGS = {
            {"专项资金闲置两年以上未使用", "盘活闲置资金，按规定收回财政统筹使用"},
            {"超范围列支会议费和培训费", "清退违规列支费用，完善内控制度"},
            {"项目未批先建、未按规定履行招标程序", "补办审批手续，规范招标采购"},
            {"国有资产出租未按规定评估和公开招租", "重新评估并公开招租，收缴少收租金"},
            {"应缴未缴非税收入", "及时足额缴入国库"},
            {"政府采购化整为零规避公开招标", "规范采购程序，追究相关人员责任"},
            {"往来款项长期挂账未清理", "清理往来款项，按规定处理"},
            {"专项债券资金闲置或挪作他用", "加快项目建设进度，归还原资金渠道"},
            {"固定资产账实不符", "开展资产清查，完善资产台账"},
            {"民生资金发放对象不精准", "追回违规发放资金，完善审核机制"}};

    /** The audit work report heard at this year's session, its thirty findings and their rectification so far. */
    private void loadAudit(LocalDate today) {
        int year = today.getYear();
        asStaff();
        Long planId = jdbc.query("select id from oversight_plan where year = ?", rs -> rs.next() ? rs.getLong(1) : null, year);
        Long sessionId = jdbc.query("select id from meeting where kind = 'STANDING_COMMITTEE' and status <> 'CLOSED' order by start_date limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        if (planId == null || sessionId == null) {
            return;
        }
        long budgetBody = orgUnits.findByCode("SC-BUDGET").orElseThrow().getId();
        long auditOffice = orgUnits.findByCode("GOV-AUDIT").orElseThrow().getId();
        String title = "关于" + (year - 1) + "年度市级预算执行和其他财政收支的审计工作报告";
        long topicId = plans.addTopic(planId, new TopicDetails("听取和审议市人民政府" + title, TopicKind.SPECIAL_REPORT, budgetBody, auditOffice, 6,
                "与" + (year - 1) + "年度市级决算草案一并审议"));
        plans.take(topicId, TopicStep.START_PREPARATION, "预算工委提前介入审计工作");
        plans.schedule(topicId, sessionId);
        plans.take(topicId, TopicStep.RECORD_HEARD, "分组审议");
        long reportId = audit.createReport(topicId, title, "常委会组成人员要求市人民政府严肃整改审计查出的问题，建立整改台账，逐项销号，"
                + "整改情况于六个月内向常委会报告。", today.minusMonths(5));
        Random random = new Random(27);
        List<long[]> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = AUDITED[i % AUDITED.length];
            String[] f = FINDINGS[i % FINDINGS.length];
            OrgUnit unit = orgUnits.findByCode(code).orElseThrow();
            long amount = (5 + random.nextInt(300)) * 10000L;
            long id = audit.addFinding(reportId, new FindingDetails(unit.getId(), FindingKind.values()[i % FindingKind.values().length],
                    unit.getShortName() + f[0], f[1], BigDecimal.valueOf(amount)));
            created.add(new long[]{id, amount});
        }
        entityManager.flush();
        for (int i = 0; i < 23; i++) {
            long findingId = created.get(i)[0];
            long problemId = jdbc.queryForObject("select problem_id from fiscal_audit_finding where id = ?", Long.class, findingId);
            long unitId = jdbc.queryForObject("select unit_id from fiscal_audit_finding where id = ?", Long.class, findingId);
            actAsUnit(orgUnits.findById(unitId).orElseThrow().getCode());
            BigDecimal recovered = BigDecimal.valueOf(i < 18 ? created.get(i)[1] : created.get(i)[1] / 2);
            audit.recordRecovered(findingId, findingVersion(findingId), recovered);
            problems.report(problemId, problemVersion(problemId), "已按审计意见完成整改，整改金额" + recovered.divide(BigDecimal.valueOf(10000)) + "万元",
                    i < 18 ? "整改到位" : "正在整改", i < 18);
            if (i < 12) {
                asStaff();
                problems.verify(problemId, problemVersion(problemId), ProblemStep.CLOSE, null);
            }
        }
        asStaff();
    }

    private long findingVersion(long findingId) {
        entityManager.flush();
        Long v = jdbc.queryForObject("select version from fiscal_audit_finding where id = ?", Long.class, findingId);
        return v == null ? 0 : v;
    }

    private long problemVersion(long problemId) {
        entityManager.flush();
        Long v = jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, problemId);
        return v == null ? 0 : v;
    }

    /** One year: the budget file, then a file per month up to {@code lastMonth}. */
    private void loadYear(int year, int lastMonth, Random random) {
        List<List<String>> budget = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (String dept : DEPARTMENTS) {
            for (int u = 0; u < UNIT_KINDS.length; u++) {
                String unit = dept.substring(4) + "-" + (u + 1);
                String unitName = orgUnits.findByCode(dept).orElseThrow().getShortName() + UNIT_KINDS[u];
                // each unit has six to nine categories of the fifteen, rotating with the department
                int first = Math.abs(dept.hashCode()) % CATEGORIES.length;
                int count = 6 + random.nextInt(4);
                for (int c = 0; c < count; c++) {
                    String[] cat = CATEGORIES[(first + c * 2 + u) % CATEGORIES.length];
                    if (lines.stream().anyMatch(l -> l.unit.equals(unit) && l.category.equals(cat[0]))) {
                        continue;
                    }
                    long amount = (20 + random.nextInt(400)) * 10000L;
                    budget.add(List.of(dept, unit, unitName, cat[0], cat[1], String.valueOf(amount)));
                    lines.add(new Line(dept, unit, cat[0], BigDecimal.valueOf(amount)));
                }
            }
        }
        stage(ImportKind.BUDGET, year, null, budget);
        for (int m = 1; m <= lastMonth; m++) {
            List<List<String>> rows = new ArrayList<>();
            for (Line l : lines) {
                double share = LAGGING.contains(l.dept) ? 0.034 : 0.078;
                share *= 0.94 + random.nextDouble() * 0.12;
                if (m == 12 && l.dept.equals("GOV-AGRI")) {
                    share = 0.40;
                }
                if (l.dept.equals("GOV-URBAN") && l.unit.endsWith("-1") && l.category.equals(firstCategory("GOV-URBAN"))) {
                    share = 0.16;
                }
                BigDecimal spent = l.amount.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
                BigDecimal transfer = BigDecimal.ZERO;
                if (m == 8 && l.dept.equals("GOV-HOUSING") && l.unit.endsWith("-1")) {
                    transfer = l.category.equals(firstCategory("GOV-HOUSING")) ? unitBudget(lines, l.unit).multiply(new BigDecimal("0.15"))
                            .setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
                }
                rows.add(List.of(l.unit, l.category, spent.toPlainString(), transfer.toPlainString()));
            }
            stage(ImportKind.EXECUTION, year, m, rows);
        }
    }

    private static String firstCategory(String dept) {
        return CATEGORIES[Math.abs(dept.hashCode()) % CATEGORIES.length][0];
    }

    private static BigDecimal unitBudget(List<Line> lines, String unit) {
        return lines.stream().filter(l -> l.unit.equals(unit)).map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record Line(String dept, String unit, String category, BigDecimal amount) {
    }

    private void stage(ImportKind kind, int year, Integer month, List<List<String>> lines) {
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new RawRow(i + 2, lines.get(i)));
        }
        var result = imports.stage(kind, year, month, (kind == ImportKind.BUDGET ? year + "年度预算" : year + "年" + month + "月执行") + ".xlsx", rows);
        if (!result.ok()) {
            throw new IllegalStateException("demo fiscal data refused: " + result.errors());
        }
        imports.confirm(result.importId());
    }

    private long version(long warningId) {
        entityManager.flush();
        Long v = jdbc.queryForObject("select version from fiscal_warning where id = ?", Long.class, warningId);
        return v == null ? 0 : v;
    }

    private void asStaff() {
        UserAccount a = accounts.findByUsername("staff").orElseThrow();
        act(a.getId(), a.getDisplayName(), a.getOrgUnit() == null ? null : a.getOrgUnit().getId(), Role.STAFF);
    }

    private void actAsUnit(String deptCode) {
        OrgUnit dept = orgUnits.findByCode(deptCode).orElseThrow();
        Long accountId = jdbc.query("select id from user_account where org_unit_id = ? order by id limit 1",
                rs -> rs.next() ? rs.getLong(1) : null, dept.getId());
        act(accountId, dept.getShortName() + "财务科", dept.getId(), Role.UNIT);
    }

    private static void act(Long accountId, String name, Long orgId, Role role) {
        var principal = new DemoPrincipal(accountId, "demo-" + name, name, EnumSet.of(role), orgId);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
