package cn.congress.web.legislation;

import cn.congress.legislation.bill.Bill;
import cn.congress.legislation.bill.BillRepository;
import cn.congress.legislation.bill.BillVersion;
import cn.congress.legislation.bill.BillVersionRepository;
import cn.congress.legislation.regulation.Regulation;
import cn.congress.legislation.regulation.RegulationRepository;
import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class LegislationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    BillRepository bills;
    @Autowired
    BillVersionRepository versions;
    @Autowired
    RegulationRepository regulations;

    @Test
    void staffPagesOfTheDemoCityRenderInChinese() throws Exception {
        for (String path : List.of("/legislation/plans", "/legislation/bills", "/legislation/regulations", "/legislation/cleanups",
                "/legislation/evaluations", "/legislation/filings", "/legislation/bills/new", "/legislation/filings/new",
                "/legislation/regulations/new", "/legislation/evaluations/new")) {
            String page = page(path, "staff3");
            assertThat(page).as(path).contains("lang=\"zh-CN\"");
        }
        assertThat(page("/legislation/bills", "staff3")).contains("示例市极端天气应对条例（草案）").contains("二审完毕");
        assertThat(page("/legislation/filings", "staff3")).contains("迟报").contains("示例市人民政府");
        assertThat(page("/", "staff3")).contains("法规案审议进度").contains("示例市移风易俗条例（草案）");
    }

    @Autowired
    cn.congress.legislation.plan.LegislativePlanRepository plans;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    cn.congress.legislation.filing.FilingReviewRepository filings;

    @Test
    void detailPagesRender() throws Exception {
        var plan2026 = plans.findAll().stream().filter(p -> p.getTitle().contains("2026年度")).findFirst().orElseThrow();
        assertThat(page("/legislation/plans/" + plan2026.getId(), "staff3")).contains("正式项目").contains("按期提请").contains("逾期")
                .contains("列入计划").contains("不列入").contains("data-chart=\"pie\"");
        var plan2025 = plans.findAll().stream().filter(p -> p.getTitle().contains("2025年度")).findFirst().orElseThrow();
        assertThat(page("/legislation/plans/" + plan2025.getId(), "member")).contains("调整至以后年度");

        Regulation water = regulations.findByTitle("示例市城市供水条例").orElseThrow();
        assertThat(page("/legislation/regulations/" + water.getId(), "staff3")).contains("制定和修改情况").contains("修正").contains("第六章　附则");
        assertThat(page("/legislation/regulations/" + water.getId() + "/compare?from=1&to=2", "staff3")).contains("<ins>").contains("<del>");
        assertThat(page("/legislation/regulations/" + water.getId() + "/amend", "staff3")).contains("修改后的全文");

        long cleanup = jdbc.queryForObject("select min(id) from cleanup_campaign", Long.class);
        assertThat(page("/legislation/cleanups/" + cleanup, "staff3")).contains("情况报告").contains("打包修改").contains("废止");
        long evaluation = jdbc.queryForObject("select min(id) from legislative_evaluation", Long.class);
        assertThat(page("/legislation/evaluations/" + evaluation, "staff3")).contains("评估发现").contains("建议修改");
        for (var f : filings.findAll()) {
            assertThat(page("/legislation/filings/" + f.getId(), "staff3")).contains("办理过程");
        }
        var late = filings.findAll().stream().filter(f -> f.getDocumentTitle().equals("示例市公共租赁住房管理办法")).findFirst().orElseThrow();
        assertThat(page("/legislation/filings/" + late.getId(), "staff3")).contains("迟报").contains("提出纠正意见");
    }

    @Test
    void theDemoBillsComparisonShowsMovedRenumberedAndChangedArticles() throws Exception {
        Bill weather = bill("示例市极端天气应对条例（草案）");
        List<BillVersion> vs = versions.findByBillIdOrderByStage(weather.getId());
        String base = "/legislation/bills/" + weather.getId();

        String detail = page(base, "staff3");
        assertThat(detail).contains("双组长").contains("审议结果的报告").contains("市十七届人大常委会第二十八次会议").contains("提请表决");

        String compare = page(base + "/compare?from=" + vs.get(0).getId() + "&to=" + vs.get(1).getId(), "staff3");
        assertThat(compare).contains("修改对照表").contains("<del>").contains("<ins>")
                .contains("新增1条").contains("删除1条").contains("调整位置").contains("条序变化");

        mvc.perform(get(base + "/compare?from=" + vs.get(0).getId() + "&to=" + vs.get(1).getId() + "&format=docx").with(Logins.as(users, "staff3")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("wordprocessingml")));
        mvc.perform(get(base + "/compare?from=" + vs.get(0).getId() + "&to=" + vs.get(1).getId() + "&format=xlsx").with(Logins.as(users, "staff3")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));

        String text = page(base + "/versions/" + vs.get(1).getId(), "staff3");
        assertThat(text).contains("目录").contains("第二章　监测预警").contains("第十五条");
        assertThat(text).contains("以此为底稿保存新阶段文本");
        assertThat(page(base + "/versions/" + vs.get(1).getId(), "member")).contains("第十五条")
                .doesNotContain("以此为底稿保存新阶段文本").doesNotContain("修改文本");
    }

    @Test
    void staffEditTheDraftingGroupWithOptimisticLocking() throws Exception {
        Bill drafting = bill("示例市物业管理条例（修订草案）");
        assertThat(page("/legislation/bills/" + drafting.getId() + "/edit", "staff3")).contains("修改基本情况");
        mvc.perform(post("/legislation/bills/" + drafting.getId() + "/edit").with(csrf()).with(Logins.as(users, "staff3"))
                        .param("title", drafting.getTitle()).param("kind", "REVISION").param("regulationId", String.valueOf(drafting.getRegulationId()))
                        .param("sponsor", "示例市人民政府").param("draftingUnit", "市住房和城乡建设局").param("committeeLeader", "刘卫东")
                        .param("governmentLeader", "陈建华").param("version", String.valueOf(drafting.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(bills.findById(drafting.getId()).orElseThrow().isDualLeader()).isTrue();
        String stale = mvc.perform(post("/legislation/bills/" + drafting.getId() + "/edit").with(csrf()).with(Logins.as(users, "staff3"))
                        .param("title", "旧页面提交").param("kind", "REVISION").param("sponsor", "示例市人民政府").param("draftingUnit", "市住建局")
                        .param("version", String.valueOf(drafting.getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("修改基本情况");
        assertThat(bills.findById(drafting.getId()).orElseThrow().getTitle()).isEqualTo(drafting.getTitle());
    }

    @Test
    void theDemoAmendmentIsOnTheAgendaOfTheNextStandingCommitteeSession() throws Exception {
        Bill dogs = bill("关于修改《示例市养犬管理条例》的决定（草案）");
        assertThat(dogs.getStatus()).isEqualTo(cn.congress.legislation.bill.BillStatus.SECOND_READING_SCHEDULED);
        String detail = page("/legislation/bills/" + dogs.getId(), "staff3");
        assertThat(detail).contains("待二审").contains("href=\"/sessions/");
    }

    @Test
    void outOfOrderStepsAreRefusedWithAChineseMessage() throws Exception {
        Bill drafting = bill("示例市物业管理条例（修订草案）");
        mvc.perform(post("/legislation/bills/" + drafting.getId() + "/steps/vote").param("adopted", "true")
                        .with(csrf()).with(Logins.as(users, "staff3")).header("Referer", "http://localhost/legislation/bills/" + drafting.getId()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat((String) result.getFlashMap().get("error")).contains("不能记录表决结果"));
    }

    @Test
    void publicRegulationPagesNeedNoLoginAndFindChineseWordsInArticles() throws Exception {
        assertThat(mvc.perform(get("/public")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("地方性法规查询");
        String hits = mvc.perform(get("/public/regulations").param("q", "饮用水水源")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(hits).contains("示例市城市供水条例").doesNotContain("示例市养犬管理条例");

        Regulation repealed = regulations.findByTitle("示例市燃放烟花爆竹管理规定").orElseThrow();
        String page = mvc.perform(get("/public/regulations/" + repealed.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已废止").contains("废止前的文本").contains("文物保护单位");

        Regulation water = regulations.findByTitle("示例市城市供水条例").orElseThrow();
        assertThat(mvc.perform(get("/public/regulations/" + water.getId()).param("v", "1")).andReturn().getResponse().getContentAsString())
                .contains("每半年至少清洗消毒一次").contains("修正");
        mvc.perform(get("/legislation/regulations")).andExpect(status().is3xxRedirection());
    }

    @Test
    void deputiesAndUnitsCannotReadLegislationWork() throws Exception {
        mvc.perform(get("/legislation/bills").with(Logins.as(users, "unit"))).andExpect(status().isForbidden());
        mvc.perform(get("/legislation/filings").with(Logins.as(users, "deputy"))).andExpect(status().isForbidden());
        assertThat(page("/legislation/bills", "member")).doesNotContain("id=\"new-bill\"");
        assertThat(page("/legislation/bills", "staff")).contains("id=\"new-bill\"");
        Bill weather = bill("示例市极端天气应对条例（草案）");
        mvc.perform(post("/legislation/bills/" + weather.getId() + "/steps/to-vote").with(csrf()).with(Logins.as(users, "member")))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsRunAFixedNumberOfStatements() throws Exception {
        // both pages full (so both run the count query), the second with more rows: no statement per row
        assertThat(statements("/legislation/bills?size=3")).isEqualTo(statements("/legislation/bills?size=1"));
        assertThat(statements("/legislation/filings?size=8")).isEqualTo(statements("/legislation/filings?size=2"));
        assertThat(statements("/legislation/regulations?q=%E6%B0%B4&size=2")).isEqualTo(statements("/legislation/regulations?q=%E6%B0%B4&size=1"));
    }

    private long statements(String path) throws Exception {
        var login = Logins.as(users, "staff3");
        mvc.perform(get(path).with(login)).andExpect(status().isOk());
        SqlCounter.reset();
        mvc.perform(get(path).with(login)).andExpect(status().isOk());
        return SqlCounter.count();
    }

    private Bill bill(String title) {
        return bills.findAll().stream().filter(b -> b.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(Logins.as(users, user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
