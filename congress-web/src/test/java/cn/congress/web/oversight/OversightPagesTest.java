package cn.congress.web.oversight;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The oversight pages over the demo year: lists, the topic path, units' isolation, conflicts, exports, publication. */
@WebIntegrationTest
class OversightPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("Demo@2026")).andReturn().getRequest().getSession(false);
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long topic(String titlePart) {
        return jdbc.queryForObject("select id from oversight_topic where title like ? order by id limit 1", Long.class, "%" + titlePart + "%");
    }

    long problem(String descriptionPart) {
        return jdbc.queryForObject("select id from oversight_problem where description like ? order by id desc limit 1", Long.class,
                "%" + descriptionPart + "%");
    }

    @Test
    void theDemoYearShowsOnTheStaffPagesWithTheWholePathOfATopic() throws Exception {
        MockHttpSession staff = login("staff");
        assertThat(body(get("/oversight").session(staff))).contains("监督工作概览").contains("各单位超期问题排名").contains("data-chart");
        assertThat(body(get("/oversight/plans").session(staff))).contains("年度监督工作计划");
        String mining = body(get("/oversight/topics/{id}", topic("矿区环境综合治理")).session(staff));
        assertThat(mining).contains("列入监督工作计划").contains("常委会会议审议").contains("审议意见交办").contains("满意度测评通过")
                .contains("塌陷区居民安置房建设滞后").contains("已销号");
        String inquiry = body(get("/oversight/topics/{id}", topic("食品安全")).session(staff));
        assertThat(inquiry).contains("专题询问（9问）").contains("第9问");
        String river = body(get("/oversight/topics/{id}", topic("黄河保护法")).session(staff));
        assertThat(river).contains("沿黄生态廊道").contains("现场照片");
        long drOpinion = jdbc.queryForObject("select id from oversight_opinion where title like '%双减%'", Long.class);
        assertThat(body(get("/oversight/opinions/{id}", drOpinion).session(staff))).contains("测评未通过，须重新报告").contains("第2轮");
        assertThat(body(get("/oversight/problems").param("overdue", "true").session(staff))).contains("超期");
        assertThat(body(get("/oversight/proposals").session(staff))).contains("138****2468");
    }

    @Test
    void theProblemListAndTheDashboardRunABoundedNumberOfStatements() throws Exception {
        MockHttpSession staff = login("staff");
        body(get("/oversight/problems").session(staff));
        SqlCounter.reset();
        body(get("/oversight/problems").param("size", "5").session(staff));
        long five = SqlCounter.count();
        SqlCounter.reset();
        body(get("/oversight/problems").param("size", "50").param("status", "ASSIGNED").param("q", "问题").session(staff));
        long fifty = SqlCounter.count();
        assertThat(fifty).isLessThanOrEqualTo(five + 1).isLessThan(20);
        SqlCounter.reset();
        body(get("/oversight").session(staff));
        assertThat(SqlCounter.count()).isLessThan(20);
    }

    @Test
    void aUnitSeesOnlyItsOwnOrgansItemsAndGuessedIdsAnswer404() throws Exception {
        MockHttpSession unit = login("unit");
        String list = body(get("/oversight/problems").session(unit));
        assertThat(list).contains("塌陷区居民安置房建设滞后").doesNotContain("矿坑积水");
        long other = problem("矿坑积水");
        mvc.perform(get("/oversight/problems/{id}", other).session(unit)).andExpect(status().isNotFound());
        mvc.perform(post("/oversight/problems/{id}/report", other).session(unit).with(csrf()).param("measuresTaken", "越权")
                .param("version", "0").param("submit", "true")).andExpect(status().isNotFound());
        assertThat(body(get("/").session(unit))).contains("审议意见问题整改");
    }

    @Test
    void aUnitReportsWithEvidenceAndTheClosedItemRefusesEdits() throws Exception {
        MockHttpSession unit = login("unit");
        MockHttpSession staff = login("staff");
        long id = problem("塌陷区居民安置房");
        long version = jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, id);
        mvc.perform(multipart("/oversight/problems/{id}/report", id)
                        .file(new MockMultipartFile("file", "交付证明.txt", "text/plain", "安置房已交付".getBytes(StandardCharsets.UTF_8)))
                        .session(unit).with(csrf()).param("measuresTaken", "安置房主体完工并交付").param("version", String.valueOf(version))
                        .param("submit", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get("/oversight/problems/{id}", id).session(staff))).contains("交付证明.txt").contains("核查属实，销号");
        version = jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, id);
        mvc.perform(post("/oversight/problems/{id}/verify", id).session(staff).with(csrf()).param("version", String.valueOf(version))
                .param("decision", "CLOSE")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from oversight_problem where id = ?", String.class, id)).isEqualTo("CLOSED");
        String page = body(get("/oversight/problems/{id}", id).session(staff));
        assertThat(page).contains("已冻结").doesNotContain("id=\"save-item\"");
        long v = jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, id);
        mvc.perform(post("/oversight/problems/{id}/edit", id).session(staff).with(csrf()).param("description", "改")
                .param("organId", "1").param("measuresRequired", "改").param("deadline", "2030-01-01").param("version", String.valueOf(v)));
        assertThat(jdbc.queryForObject("select description from oversight_problem where id = ?", String.class, id)).isEqualTo("塌陷区居民安置房建设滞后");
    }

    @Test
    void twoStaffEditingOneItemGetAConflictMessageAndKeepTheirInput() throws Exception {
        MockHttpSession staff = login("staff");
        long id = problem("地下水监测点");
        long version = jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, id);
        long organ = jdbc.queryForObject("select organ_id from oversight_problem where id = ?", Long.class, id);
        mvc.perform(post("/oversight/problems/{id}/edit", id).session(staff).with(csrf()).param("description", "矿区周边地下水监测点不足（甲）")
                .param("organId", String.valueOf(organ)).param("measuresRequired", "增设监测井").param("deadline", "2030-01-01")
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        String second = body(post("/oversight/problems/{id}/edit", id).session(staff).with(csrf()).param("description", "乙的修改")
                .param("organId", String.valueOf(organ)).param("measuresRequired", "乙的措施").param("deadline", "2030-01-01")
                .param("version", String.valueOf(version)));
        assertThat(second).contains("已被他人修改").contains("乙的修改");
        assertThat(jdbc.queryForObject("select description from oversight_problem where id = ?", String.class, id)).endsWith("（甲）");
    }

    @Test
    void aDoubleSubmittedItemFormCreatesOneItem() throws Exception {
        MockHttpSession staff = login("staff");
        long opinion = jdbc.queryForObject("select id from oversight_opinion where title like '%食品安全%'", Long.class);
        long organ = jdbc.queryForObject("select organ_id from oversight_opinion where id = ?", Long.class, opinion);
        var form = post("/oversight/opinions/{id}/items", opinion).session(staff).with(csrf()).param("_formToken", "oversight-twice-1")
                .param("description", "重复提交的问题").param("organId", String.valueOf(organ)).param("measuresRequired", "整改")
                .param("deadline", "2030-06-30");
        mvc.perform(form).andExpect(status().is3xxRedirection());
        mvc.perform(form).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from oversight_problem where description = '重复提交的问题'", Long.class)).isEqualTo(1);
    }

    @Test
    void formsSayWhatIsMissingBesideTheFields() throws Exception {
        MockHttpSession staff = login("staff");
        long opinion = jdbc.queryForObject("select id from oversight_opinion where title like '%食品安全%'", Long.class);
        String page = body(post("/oversight/opinions/{id}/items", opinion).session(staff).with(csrf()).param("description", ""));
        assertThat(page).contains("请填写问题描述").contains("请选择责任单位").contains("请填写整改期限").contains("is-invalid");
    }

    @Test
    void theListsExportToExcel() throws Exception {
        MockHttpSession staff = login("staff");
        var started = mvc.perform(get("/oversight/problems/export").param("status", "CLOSED").session(staff)).andReturn();
        var response = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).contains("spreadsheetml");
        assertThat(response.getContentAsByteArray().length).isGreaterThan(1000);
        mvc.perform(get("/oversight/opinions/export").session(staff)).andExpect(status().isOk());
    }

    @Test
    void thePublicSeesReleasedOpinionsAndResultsButNoProblemItemsOrContacts() throws Exception {
        String page = body(get("/public/oversight"));
        assertThat(page).contains("关于矿区环境综合治理工作情况报告的审议意见").contains("测评通过").contains("年度监督工作计划")
                .doesNotContain("塌陷区居民安置房").doesNotContain("138****2468");
        assertThat(body(get("/public"))).contains("监督工作公开");
        String form = body(post("/public/oversight/proposals").with(csrf()).param("year", "2030").param("name", "").param("title", "")
                .param("reason", "短"));
        assertThat(form).contains("请填写您的姓名").contains("请填写建议议题").contains("建议理由为10至3000字");
        mvc.perform(post("/public/oversight/proposals").with(csrf()).param("year", "2030").param("name", "李女士").param("contact", "139****0000")
                .param("title", "关于加强校园周边交通安全的建议").param("reason", "上下学高峰期校门口拥堵严重，存在安全隐患。"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from oversight_proposal where proposer_name = '李女士'", String.class)).isEqualTo("PENDING");
    }
}
