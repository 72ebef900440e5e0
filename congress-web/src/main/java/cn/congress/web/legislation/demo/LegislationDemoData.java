package cn.congress.web.legislation.demo;

import cn.congress.legislation.bill.Bill;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillSessions;
import cn.congress.legislation.bill.DocumentType;
import cn.congress.legislation.bill.SessionRef;
import cn.congress.legislation.bill.VersionStage;
import cn.congress.legislation.cleanup.CleanupDecision;
import cn.congress.legislation.cleanup.CleanupService;
import cn.congress.legislation.evaluation.EvaluationConclusion;
import cn.congress.legislation.evaluation.EvaluationService;
import cn.congress.legislation.filing.FilingReview;
import cn.congress.legislation.filing.FilingService;
import cn.congress.legislation.plan.LegislativePlan;
import cn.congress.legislation.plan.PlanKind;
import cn.congress.legislation.plan.PlanProject;
import cn.congress.legislation.plan.PlanService;
import cn.congress.legislation.plan.ProjectCategory;
import cn.congress.legislation.plan.ProjectProposal;
import cn.congress.legislation.plan.ProposerKind;
import cn.congress.legislation.regulation.Adoption;
import cn.congress.legislation.regulation.Regulation;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.regulation.VersionKind;
import cn.congress.web.demo.DemoDataContributor;
import cn.congress.web.demo.DemoTime;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 示例市's legislation: plans with projects and proposals, regulations in several states (texts written for the
 * demo under {@code demo/legislation/}), bills at different stages — the 极端天气应对条例 with a first- and a
 * second-reading text whose comparison shows added, deleted, moved and renumbered articles — a cleanup campaign,
 * an evaluation and filing reviews.
 */
@Component
@RequiredArgsConstructor
class LegislationDemoData implements DemoDataContributor {

    private final PlanService plans;
    private final RegulationService regulations;
    private final BillService bills;
    private final CleanupService cleanups;
    private final EvaluationService evaluations;
    private final FilingService filings;
    private final BillSessions sessions;
    private final Clock clock;

    @Override
    public String name() {
        return "legislation";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        // ---- regulation library ----
        Regulation water = regulations.enact("示例市城市供水条例", text("water-supply-2012"),
                new Adoption(d(2012, 4, 26), d(2012, 7, 27), d(2012, 8, 10), d(2012, 10, 1), "第5号", null));
        regulations.amend(water.getId(), VersionKind.AMENDED, text("water-supply-2021"),
                new Adoption(d(2021, 2, 25), d(2021, 5, 28), d(2021, 6, 8), d(2021, 7, 1), "第18号",
                        "根据2021年2月25日示例市第十六届人民代表大会常务委员会第三十五次会议《关于修改〈示例市城市供水条例〉的决定》修正"));
        Regulation dogs = regulations.enact("示例市养犬管理条例", text("dogs"),
                new Adoption(d(2018, 10, 30), d(2019, 1, 18), d(2019, 2, 1), d(2019, 5, 1), "第9号", null));
        Regulation saving = regulations.enact("示例市节约用水条例", text("water-saving"),
                new Adoption(d(2019, 10, 29), d(2019, 12, 20), d(2020, 1, 6), d(2020, 3, 22), "第12号", null));
        Regulation property = regulations.enact("示例市物业管理条例", text("property"),
                new Adoption(d(2015, 4, 28), d(2015, 7, 24), d(2015, 8, 3), d(2015, 10, 1), "第21号", null));
        Regulation fireworks = regulations.enact("示例市燃放烟花爆竹管理规定", text("fireworks"),
                new Adoption(d(1997, 8, 28), d(1997, 11, 14), d(1997, 11, 25), d(1998, 1, 1), "第3号", null));
        regulations.repeal(fireworks.getId(), "示例市人民代表大会常务委员会关于废止《示例市燃放烟花爆竹管理规定》的决定（2023年6月29日通过）",
                new Adoption(d(2023, 6, 29), d(2023, 9, 22), d(2023, 10, 8), d(2023, 10, 8), "第27号", null));

        // ---- plans ----
        LegislativePlan fiveYear = plans.create(new PlanService.PlanDetails(PlanKind.FIVE_YEAR, "示例市人大常委会2022—2026年立法规划",
                2022, 2026, d(2022, 5, 20), "经第十七届人大常委会主任会议通过"));
        plans.addProject(fiveYear.getId(), project("示例市极端天气应对条例", ProjectCategory.FORMAL, "市人民政府", "市应急管理局", null));
        plans.addProject(fiveYear.getId(), project("示例市物业管理条例（修订）", ProjectCategory.FORMAL, "市人民政府", "市住房和城乡建设局", null));
        plans.addProject(fiveYear.getId(), project("示例市历史文化名城保护条例", ProjectCategory.PREPARATORY, "市人民政府", "市文化广电旅游局", null));

        LegislativePlan plan2025 = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "示例市人大常委会2025年度立法计划",
                2025, 2025, d(2025, 1, 16), null));
        PlanProject customs = plans.addProject(plan2025.getId(), project("示例市移风易俗条例", ProjectCategory.FORMAL, "市人大常委会社会建设工委",
                "市人大常委会社会建设工委、市委宣传部", YearMonth.of(2025, 10)));
        PlanProject history = plans.addProject(plan2025.getId(), project("示例市历史文化街区保护条例", ProjectCategory.FORMAL, "市人民政府",
                "市文化广电旅游局", YearMonth.of(2025, 8)));
        plans.moveToYear(history.getId(), 2026, "涉及街区范围划定的专项规划尚未批复，经主任会议同意调整至2026年");

        LegislativePlan plan2026 = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "示例市人大常委会2026年度立法计划",
                2026, 2026, d(2026, 1, 15), "正式项目4件、预备项目2件、调研项目2件"));
        PlanProject weatherProject = plans.addProject(plan2026.getId(), project("示例市极端天气应对条例", ProjectCategory.FORMAL, "市人民政府",
                "市应急管理局、市气象局", YearMonth.of(2026, 6)));
        PlanProject dogsProject = plans.addProject(plan2026.getId(), project("示例市养犬管理条例（修正）", ProjectCategory.FORMAL,
                "市人大常委会法工委", "市公安局", YearMonth.of(2026, 8)));
        PlanProject propertyProject = plans.addProject(plan2026.getId(), project("示例市物业管理条例（修订）", ProjectCategory.FORMAL,
                "市人民政府", "市住房和城乡建设局", YearMonth.of(2026, 10)));
        plans.addProject(plan2026.getId(), project("示例市历史文化街区保护条例", ProjectCategory.FORMAL, "市人民政府", "市文化广电旅游局",
                YearMonth.of(2026, 12)));
        plans.addProject(plan2026.getId(), project("示例市电动自行车管理条例", ProjectCategory.PREPARATORY, "市人民政府", "市公安局", null));
        plans.addProject(plan2026.getId(), project("示例市生活垃圾分类管理条例（修正）", ProjectCategory.PREPARATORY, "市人民政府", "市城市管理局", null));
        plans.addProject(plan2026.getId(), project("示例市养老服务条例", ProjectCategory.RESEARCH, "市人大常委会社会建设工委", "市民政局", null));
        plans.addProject(plan2026.getId(), project("示例市数据资源开发利用条例", ProjectCategory.RESEARCH, "市人民政府", "市发展和改革委员会", null));

        ProjectProposal p1 = plans.addProposal(plan2026.getId(), new PlanService.ProposalDetails("制定示例市电动自行车管理条例",
                ProposerKind.DEPUTY, "李红梅等12名代表", d(2025, 8, 12), "电动自行车保有量大，违规充电、违法载人等问题突出，建议制定地方性法规予以规范。"));
        plans.recordDemonstration(p1.getId(), "经论证，立法必要性较强，但上位法《电动自行车安全技术规范》修订在即，建议列为预备项目，条件成熟时提请审议。");
        plans.list(p1.getId(), project("示例市电动自行车管理条例（代表建议）", ProjectCategory.PREPARATORY, "李红梅等12名代表", "市公安局", null),
                "列入2026年度预备项目", d(2025, 11, 20));
        ProjectProposal p2 = plans.addProposal(plan2026.getId(), new PlanService.ProposalDetails("制定示例市宠物诊疗机构管理规定",
                ProposerKind.PUBLIC, "市民王先生", d(2025, 9, 3), "宠物诊疗收费不透明，建议立法规范。"));
        plans.recordDemonstration(p2.getId(), "宠物诊疗机构由《动物诊疗机构管理办法》规范，属于部门规章调整范围，地方立法空间有限。");
        plans.reject(p2.getId(), "上位法已有规定，可通过执法检查和部门监管解决，暂不列入计划", d(2025, 11, 20));
        plans.addProposal(plan2026.getId(), new PlanService.ProposalDetails("制定示例市公共场所控制吸烟条例",
                ProposerKind.UNIT, "市卫生健康委员会", d(2026, 9, 15), "落实健康城市建设要求，建议将控烟工作纳入地方立法。"));

        // ---- bills ----
        Bill weather = DemoTime.on(d(2026, 3, 2), () -> bills.create(new BillService.BillDetails("示例市极端天气应对条例（草案）", BillKind.NEW, weatherProject.getId(), null,
                "示例市人民政府", "市应急管理局、市气象局", "周志远（市人大常委会副主任）", "陈建华（副市长）"), d(2026, 3, 2)));
        DemoTime.on(d(2026, 5, 20), () -> bills.saveVersion(weather.getId(), VersionStage.FIRST_READING, text("weather-first"), "市人民政府提请审议稿", d(2026, 5, 20)));
        DemoTime.on(d(2026, 5, 20), () -> { bills.addDocument(weather.getId(), DocumentType.DRAFT_EXPLANATION, "关于《示例市极端天气应对条例（草案）》的说明",
                "一、制定条例的必要性\n近年来我市极端天气多发频发，现行应急预案层级较低，难以满足统筹应对的需要。\n二、起草过程\n起草小组实行双组长制，先后赴区县调研十余次，征求有关部门和社会公众意见。\n三、主要内容\n草案共五章十五条，规定了监测预警、应急响应和法律责任等制度。", null, null, d(2026, 5, 20)); });
        DemoTime.on(d(2026, 5, 28), () -> bills.submit(weather.getId(), d(2026, 5, 28), "市人民政府提请"));
        DemoTime.on(d(2026, 6, 25), () -> bills.recordReading(weather.getId(), d(2026, 6, 25), SessionRef.named("市十七届人大常委会第二十八次会议"), "常委会组成人员分组审议，提出修改意见32条"));
        DemoTime.on(d(2026, 7, 10), () -> bills.startUnifiedReview(weather.getId(), d(2026, 7, 10), "法制委员会召开全体会议统一审议"));
        DemoTime.on(d(2026, 8, 10), () -> bills.saveVersion(weather.getId(), VersionStage.SECOND_READING, text("weather-second"), "根据一审意见和征求意见修改", d(2026, 8, 10)));
        DemoTime.on(d(2026, 8, 10), () -> { bills.addDocument(weather.getId(), DocumentType.REVIEW_RESULT_REPORT, "法制委员会关于《示例市极端天气应对条例（草案）》审议结果的报告",
                "常委会第二十八次会议对草案进行了初次审议。法制委员会根据常委会组成人员的审议意见和各方面意见，对草案作了以下修改：\n一、增加乡镇人民政府、街道办事处的职责（修改稿第五条）；\n二、将高温天气劳动保护的规定移至应急响应一章并明确露天作业限制（修改稿第十条）；\n三、删去草案第十一条，有关内容在相关法律法规中已有规定；\n四、完善法律责任。", null, null, d(2026, 8, 10)); });
        DemoTime.on(d(2026, 8, 27), () -> bills.recordReading(weather.getId(), d(2026, 8, 27), SessionRef.named("市十七届人大常委会第二十九次会议"), "常委会组成人员分组审议，普遍赞成提请表决"));

        Bill dogsBill = DemoTime.on(d(2026, 7, 1), () -> bills.create(new BillService.BillDetails("关于修改《示例市养犬管理条例》的决定（草案）", BillKind.AMENDMENT,
                dogsProject.getId(), dogs.getId(), "市人大常委会主任会议", "市人大常委会法制工作委员会", "刘卫东（法工委主任）", null), d(2026, 7, 1)));
        DemoTime.on(d(2026, 9, 15), () -> bills.saveVersion(dogsBill.getId(), VersionStage.FIRST_READING, text("dogs").replace("每户限养一只犬", "每户限养一只犬，养犬人应当为犬只植入电子标识")
                .replace("处二百元以上五百元以下的罚款", "处五百元以上一千元以下的罚款"), "修正草案", d(2026, 9, 15)));
        DemoTime.on(d(2026, 9, 20), () -> bills.submit(dogsBill.getId(), d(2026, 9, 20), null));
        DemoTime.on(d(2026, 10, 29), () -> bills.recordReading(dogsBill.getId(), d(2026, 10, 29), SessionRef.named("市十七届人大常委会第三十次会议"), null));
        DemoTime.on(d(2026, 11, 10), () -> bills.startUnifiedReview(dogsBill.getId(), d(2026, 11, 10), "法制委员会统一审议"));
        // the second reading goes on the agenda of the next standing-committee session of the sessions demo, if there is one
        sessions.upcoming().stream().filter(sc -> !sc.startDate().isBefore(LocalDate.now(clock))).findFirst()
                .ifPresent(sc -> bills.scheduleReadingAt(dogsBill.getId(), sc.id(), d(2026, 11, 15)));

        DemoTime.on(d(2026, 4, 1), () -> bills.create(new BillService.BillDetails("示例市物业管理条例（修订草案）", BillKind.REVISION, propertyProject.getId(), property.getId(),
                "示例市人民政府", "市住房和城乡建设局", null, null), d(2026, 4, 1)));

        Bill customsBill = DemoTime.on(d(2025, 3, 1), () -> bills.create(new BillService.BillDetails("示例市移风易俗条例（草案）", BillKind.NEW, customs.getId(), null,
                "市人大常委会主任会议", "市人大常委会社会建设工委", "王立群（市人大常委会副主任）", "孙丽（市委宣传部副部长）"), d(2025, 3, 1)));
        DemoTime.on(d(2025, 10, 15), () -> bills.saveVersion(customsBill.getId(), VersionStage.FIRST_READING, text("customs-reform").replace("占道治丧。", "占道治丧，禁止在耕地、林地内建坟。"), null, d(2025, 10, 15)));
        DemoTime.on(d(2025, 10, 20), () -> bills.submit(customsBill.getId(), d(2025, 10, 20), null));
        DemoTime.on(d(2025, 10, 30), () -> bills.recordReading(customsBill.getId(), d(2025, 10, 30), SessionRef.named("市十七届人大常委会第二十三次会议"), null));
        DemoTime.on(d(2025, 11, 15), () -> bills.startUnifiedReview(customsBill.getId(), d(2025, 11, 15), null));
        DemoTime.on(d(2026, 6, 10), () -> bills.saveVersion(customsBill.getId(), VersionStage.SECOND_READING, text("customs-reform"), null, d(2026, 6, 10)));
        DemoTime.on(d(2026, 6, 25), () -> bills.recordReading(customsBill.getId(), d(2026, 6, 25), SessionRef.named("市十七届人大常委会第二十八次会议"), null));
        DemoTime.on(d(2026, 6, 26), () -> bills.saveVersion(customsBill.getId(), VersionStage.VOTING, text("customs-reform").replace("（草案）", ""), null, d(2026, 6, 26)));
        DemoTime.on(d(2026, 6, 26), () -> bills.submitToVote(customsBill.getId(), d(2026, 6, 26), null, null));
        DemoTime.on(d(2026, 6, 27), () -> bills.recordVote(customsBill.getId(), true, d(2026, 6, 27), SessionRef.named("市十七届人大常委会第二十八次会议"),
                "赞成38票，反对0票，弃权2票"));
        bills.sendForApproval(customsBill.getId(), LocalDate.now(clock).minusMonths(4).plusDays(18), "报请省人大常委会批准");

        // ---- cleanup, evaluation ----
        long cleanup = cleanups.create("2023年生态环境保护和城市管理法规专项清理", 2023,
                "根据省人大常委会关于开展生态环境保护法规专项清理工作的通知，对本市现行有效的相关法规进行全面清理。");
        cleanups.decide(cleanup, saving.getId(), CleanupDecision.RETAIN, "与上位法一致，实施情况良好");
        cleanups.decide(cleanup, water.getId(), CleanupDecision.PACKAGE_AMEND, "部分部门名称已调整，与其他法规一并打包修改");
        cleanups.decide(cleanup, fireworks.getId(), CleanupDecision.REPEAL, "主要内容已被《示例市大气污染防治条例》有关规定取代");
        cleanups.decide(cleanup, dogs.getId(), CleanupDecision.AMEND, "罚款幅度偏低，电子标识管理缺少依据，建议适时修改");
        cleanups.close(cleanup, d(2023, 6, 29), "本次共清理法规4件：保留1件，修改1件，打包修改1件，废止1件。废止决定已经常委会第十一次会议通过。");

        long evaluation = evaluations.plan(dogs.getId(), "《示例市养犬管理条例》立法后评估", "市人大常委会法制工作委员会",
                "采取问卷调查（发放3000份）、座谈会、实地走访和委托第三方评估相结合的方式，重点评估养犬登记、重点管理区和法律责任等制度的实施效果。",
                d(2025, 3, 1));
        evaluations.recordFindings(evaluation, evaluations.get(evaluation).version(),
                "一、养犬登记率由条例施行前的31%提高到68%。\n二、违规遛犬投诉仍居高位，现行罚款幅度威慑不足。\n三、电子标识管理缺少法规依据。");
        evaluations.conclude(evaluation, EvaluationConclusion.AMEND, d(2025, 9, 30));

        // ---- filing review ----
        filing("示例市城市道路占用挖掘管理办法", "示政规〔2026〕3号", "示例市人民政府", d(2026, 2, 1), d(2026, 2, 20), "陈立法", "lawful");
        filing("示例市公共租赁住房管理办法", "示政规〔2026〕5号", "示例市人民政府", d(2026, 3, 10), d(2026, 4, 28), "陈立法", "problem");
        filing("示例市住宅专项维修资金管理规定", "示政办规〔2026〕2号", "示例市人民政府", d(2026, 5, 6), d(2026, 5, 30), "陈立法", "answered");
        filing("关于办理醉酒驾驶案件若干问题的指导意见", "示中法〔2026〕12号", "示例市中级人民法院", d(2026, 6, 1), d(2026, 6, 18), null, null);
        filing("关于规范检察建议工作的规定", "示检发〔2026〕4号", "示例市人民检察院", d(2026, 4, 2), d(2026, 4, 25), "陈立法", "review");
        filing("东城区老旧小区改造工作的决定", "东人常〔2025〕6号", "东城区人大常委会", d(2025, 9, 1), d(2025, 9, 20), "陈立法", "lawful");
        filing("示例市监察委员会关于监察建议工作的办法", "示监发〔2025〕3号", "示例市监察委员会", d(2025, 5, 8), d(2025, 6, 30), "陈立法", "lawful");
        filing("示例市农村宅基地管理办法", "示政规〔2025〕9号", "示例市人民政府", d(2025, 7, 15), d(2025, 8, 10), "陈立法", "closed");
        filing("示例市户外广告设置管理办法", "示政规〔2024〕7号", "示例市人民政府", d(2024, 10, 8), d(2024, 10, 30), "陈立法", "lawful");
        filing("南湖区人大常委会关于加强河长制工作的决议", "南人常〔2024〕3号", "南湖区人大常委会", d(2024, 6, 20), d(2024, 7, 10), "陈立法", "lawful");
    }

    private void filing(String title, String no, String organ, LocalDate published, LocalDate received, String reviewer, String outcome) {
        FilingReview f = filings.receive(new FilingService.FilingDetails(title, no, organ, published, received));
        if (reviewer == null) {
            return;
        }
        filings.assignReviewer(f.getId(), reviewer);
        switch (outcome) {
            case "lawful" -> filings.findLawful(f.getId(), received.plusDays(40), "未发现与宪法、法律、法规相抵触的情形");
            case "problem" -> filings.findProblem(f.getId(), "第十八条对申请人设定的户籍限制条件超出上位法规定，与国家关于促进人口流动的政策不一致。");
            case "answered", "closed" -> {
                filings.findProblem(f.getId(), "第九条规定的维修资金使用表决比例与《中华人民共和国民法典》第二百七十八条不一致。");
                filings.requestCorrection(f.getId(), received.plusDays(60), "书面审查意见已送达", received.plusDays(30));
                filings.recordAnswer(f.getId(), "制定机关已启动修改程序，拟于下月重新公布。", received.plusDays(50));
                if (outcome.equals("closed")) {
                    filings.close(f.getId(), received.plusDays(70), "制定机关已修改并重新公布，予以办结");
                }
            }
            default -> {
            }
        }
    }

    private static PlanService.ProjectDetails project(String title, ProjectCategory category, String proposing, String drafting, YearMonth month) {
        return new PlanService.ProjectDetails(title, category, proposing, drafting, "市人大常委会法制工作委员会", month);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static String text(String name) {
        try {
            return new ClassPathResource("demo/legislation/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
