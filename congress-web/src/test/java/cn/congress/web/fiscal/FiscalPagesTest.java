package cn.congress.web.fiscal;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.WebIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fiscal oversight pages over the demo year: budget monitoring views, exports, the import with preview, warnings and
 * departments' isolation, the audit report, the statutory calendar, the state-assets and debt reports.
 */
@WebIntegrationTest
class FiscalPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("Demo@2026")).andReturn().getRequest().getSession(false);
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theDemoYearShowsByDepartmentUnitAndCategoryWithChartsAndExports() throws Exception {
        MockHttpSession member = login("member");
        String depts = body(get("/fiscal/budget").session(member));
        assertThat(depts).contains("各部门预算执行情况").contains("示例市住房和城乡建设局").contains("示例市审计局").contains("data-chart")
                .contains("时间进度");
        long urban = id("select id from org_unit where code = 'GOV-URBAN'");
        assertThat(body(get("/fiscal/budget/departments/{id}", urban).session(member))).contains("市城管局机关").contains("所属预算单位执行情况");
        long unit = id("select id from fiscal_budget_unit where code = 'URBAN-1'");
        assertThat(body(get("/fiscal/budget/units/{id}", unit).session(member))).contains("分科目执行情况").contains("超预算");
        assertThat(body(get("/fiscal/budget/categories").session(member))).contains("行政运行");
        mvc.perform(get("/fiscal/budget/departments/{id}", 999_999_999L).session(member)).andExpect(status().isNotFound());
        MvcResult export = mvc.perform(get("/fiscal/budget/export").param("view", "unit").param("id", String.valueOf(urban)).session(member)).andReturn();
        var response = mvc.perform(asyncDispatch(export)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).contains("spreadsheetml");
        assertThat(response.getContentAsByteArray().length).isGreaterThan(1000);

        // the view reads the roll-ups in a bounded number of statements
        body(get("/fiscal/budget").session(member));
        SqlCounter.reset();
        body(get("/fiscal/budget").session(member));
        assertThat(SqlCounter.count()).isLessThan(15);

        // departments read their warnings, never the monitoring views or the import
        MockHttpSession unitUser = login("unit");
        mvc.perform(get("/fiscal/budget").session(unitUser)).andExpect(status().isForbidden());
        mvc.perform(get("/fiscal/budget/import").session(login("member"))).andExpect(status().isForbidden());
    }

    @Test
    void aWrongRowIsShownWithItsRowNumberThenAValidFileIsPreviewedConfirmedAndReImported() throws Exception {
        MockHttpSession staff = login("staff");
        int year = 2038;
        String bad = "预算单位编码,功能分类科目编码,本月支出（元）,本月调剂（元）\r\nEDU-1,2050202,1000,0\r\nNOPE-9,2050202,5,0\r\nEDU-1,9999999,abc,0\r\n";
        String page = body(multipart("/fiscal/budget/import").file(csv(bad, StandardCharsets.UTF_8)).param("kind", "EXECUTION")
                .param("year", String.valueOf(year)).param("month", "4").session(staff).with(csrf()));
        assertThat(page).contains("未保存任何数据").contains("第3行：预算单位编码“NOPE-9”不存在")
                .contains("第4行：功能分类科目编码“9999999”不存在；本月支出“abc”不是数字");
        assertThat(count(year)).isZero();

        // the same rows fixed, saved by Excel on a Chinese Windows (GB18030): staged and previewed, not yet saved
        String good = "预算单位编码,功能分类科目编码,本月支出（元）,本月调剂（元）\r\nEDU-1,2050202,\"1,000.00\",0\r\nEDU-2,2050202,5,0\r\n";
        String location = mvc.perform(multipart("/fiscal/budget/import").file(csv(good, Charset.forName("GB18030"))).param("kind", "EXECUTION")
                .param("year", String.valueOf(year)).param("month", "4").session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(body(get(location).session(staff))).contains("共2行").contains("1,005.00").contains("尚未保存").contains("示例市教育局");
        assertThat(count(year)).isZero();
        mvc.perform(post(location + "/confirm").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count(year)).isEqualTo(2);

        // re-importing April from an .xlsx replaces it
        String again = mvc.perform(multipart("/fiscal/budget/import").file(xlsx()).param("kind", "EXECUTION").param("year", String.valueOf(year))
                .param("month", "4").session(staff).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(body(get(again).session(staff))).contains("确认后将替换已有的2行数据");
        mvc.perform(post(again + "/confirm").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count(year)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select spent from fiscal_execution where year = ?", java.math.BigDecimal.class, year))
                .isEqualByComparingTo("777.70");
    }

    @Test
    void aDepartmentSeesOnlyTheWarningsSentToItEvenByGuessedIds() throws Exception {
        long housingSent = id("""
                select w.id from fiscal_warning w join org_unit d on d.id = w.department_id
                where d.code = 'GOV-HOUSING' and w.status = 'SENT' order by w.id desc limit 1""");
        long housingNew = id("""
                select w.id from fiscal_warning w join org_unit d on d.id = w.department_id
                where d.code = 'GOV-HOUSING' and w.status = 'NEW' order by w.id limit 1""");
        MockHttpSession housing = login("unit");
        assertThat(body(get("/fiscal/warnings").session(housing))).contains("示例市住房和城乡建设局").doesNotContain("示例市城市管理局");
        assertThat(body(get("/fiscal/warnings/{id}", housingSent).session(housing))).contains("提交说明").doesNotContain("发送部门");
        mvc.perform(get("/fiscal/warnings/{id}", housingNew).session(housing)).andExpect(status().isNotFound());

        MockHttpSession education = login("unit2");
        mvc.perform(get("/fiscal/warnings/{id}", housingSent).session(education)).andExpect(status().isNotFound());
        mvc.perform(post("/fiscal/warnings/{id}/answer", housingSent).param("answer", "越权").param("version", "0")
                .session(education).with(csrf())).andExpect(status().isNotFound());
        assertThat(body(get("/fiscal/warnings").session(education))).doesNotContain("示例市住房和城乡建设局");

        MockHttpSession staff = login("staff");
        String detail = body(get("/fiscal/warnings/{id}", housingNew).session(staff));
        assertThat(detail).contains("发送部门").contains("转为问题");
        assertThat(body(get("/fiscal/warnings").param("status", "ANSWERED").session(staff))).contains("示例市城市管理局");
    }

    @Test
    void theAuditReportShowsItsFindingsAndAnAuditedUnitOnlyItsOwn() throws Exception {
        long report = id("select id from fiscal_audit_report order by id limit 1");
        MockHttpSession staff = login("staff");
        assertThat(body(get("/fiscal/audit").session(staff))).contains("市级预算执行和其他财政收支的审计工作报告").contains("12（40%）")
                .contains("登记审计工作报告");
        String page = body(get("/fiscal/audit/{id}", report).session(staff));
        assertThat(page).contains("市住建局").contains("市教育局").contains("登记审计查出的问题").contains("已销号");
        assertThat(body(get("/fiscal/audit/new").session(staff))).contains("常委会会议已审议的议题");

        long housingFinding = id("select f.id from fiscal_audit_finding f join org_unit u on u.id = f.unit_id "
                + "join oversight_problem p on p.id = f.problem_id where u.code = 'GOV-HOUSING' and p.status <> 'CLOSED' order by f.id limit 1");
        MockHttpSession housing = login("unit");
        String own = body(get("/fiscal/audit/{id}", report).session(housing));
        assertThat(own).contains("市住建局").doesNotContain("市教育局").doesNotContain("登记审计查出的问题").doesNotContain("议题全过程");
        // a unit with no finding in the report does not see it listed, and its page is a 404
        assertThat(body(get("/fiscal/audit").session(login("unit6")))).contains("尚无审计工作报告");
        mvc.perform(get("/fiscal/audit/{id}", report).session(login("unit6"))).andExpect(status().isNotFound());
        assertThat(body(get("/fiscal/audit/findings/{id}", housingFinding).session(housing))).contains("填报已整改金额");
        long version = id("select version from fiscal_audit_finding where id = ?", housingFinding);
        mvc.perform(post("/fiscal/audit/findings/{id}/recovered", housingFinding).param("amount", "12345.60").param("version", String.valueOf(version))
                .session(housing).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select amount_recovered from fiscal_audit_finding where id = ?", java.math.BigDecimal.class, housingFinding))
                .isEqualByComparingTo("12345.60");

        MockHttpSession education = login("unit2");
        mvc.perform(get("/fiscal/audit/findings/{id}", housingFinding).session(education)).andExpect(status().isNotFound());
        mvc.perform(post("/fiscal/audit/findings/{id}/recovered", housingFinding).param("amount", "1").param("version", "0")
                .session(education).with(csrf())).andExpect(status().isNotFound());
        assertThat(body(get("/fiscal/audit").session(login("member")))).contains("审计工作报告").doesNotContain("登记审计工作报告");
    }

    @Test
    void theCalendarAndTheAssetsAndDebtReportsShowTheDemoYear() throws Exception {
        MockHttpSession member = login("member");
        String calendar = body(get("/fiscal/reviews").session(member));
        assertThat(calendar).contains("财政经济监督日历").contains("年度市级决算（草案）").contains("已列入议程").contains("材料已齐");
        long finalAccounts = id("select id from fiscal_review where kind = 'FINAL_ACCOUNTS' order by id limit 1");
        String detail = body(get("/fiscal/reviews/{id}", finalAccounts).session(member));
        assertThat(detail).contains("财政经济委员会初审报告.pdf").contains("表决").doesNotContain("记录决议或审议意见");
        String assetsPage = body(get("/fiscal/assets").session(member));
        assertThat(assetsPage).contains("企业国有资产").contains("5231.90").contains("7.6%").doesNotContain("填报主要数据");
        String debtPage = body(get("/fiscal/debt").session(member));
        assertThat(debtPage).contains("专项债务余额").contains("城乡冷链物流").contains("债务余额低于限额");
        mvc.perform(get("/fiscal/reviews").session(login("unit"))).andExpect(status().isForbidden());

        MockHttpSession staff = login("staff");
        assertThat(body(get("/fiscal/debt").session(staff))).contains("填报主要数据");
        mvc.perform(post("/fiscal/reviews").param("year", "2037").param("kind", "FINAL_ACCOUNTS").param("title", "决算")
                .param("plannedMonth", "3").session(staff).with(csrf())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("依法应在6月至9月审议")));
        mvc.perform(post("/fiscal/debt").param("year", "2037").param("limitGeneral", "-1").param("limitSpecial", "1")
                .param("balanceGeneral", "1").param("balanceSpecial", "1").session(staff).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from fiscal_debt_report where year = 2037", Integer.class)).isZero();
    }

    @Test
    void theFiscalDetailPagesRunABoundedNumberOfStatements() throws Exception {
        MockHttpSession staff = login("staff");
        List<String> pages = List.of(
                "/fiscal/audit/" + id("select id from fiscal_audit_report order by id limit 1"),
                "/fiscal/audit/findings/" + id("select id from fiscal_audit_finding order by id limit 1"),
                "/fiscal/warnings/" + id("select id from fiscal_warning order by id limit 1"),
                "/fiscal/reviews/" + id("select id from fiscal_review order by id limit 1"),
                "/fiscal/budget/units/" + id("select id from fiscal_budget_unit where code = 'URBAN-1'"),
                "/fiscal/assets", "/fiscal/debt", "/fiscal/audit", "/fiscal/reviews");
        for (String page : pages) {
            body(get(page).session(staff));
            SqlCounter.reset();
            body(get(page).session(staff));
            assertThat(SqlCounter.count()).as(page).isLessThan(15);
        }
    }

    private int count(int year) {
        return jdbc.queryForObject("select count(*) from fiscal_execution where year = ?", Integer.class, year);
    }

    private static MockMultipartFile csv(String text, Charset charset) {
        return new MockMultipartFile("file", "执行数据.csv", "text/csv", text.getBytes(charset));
    }

    private static MockMultipartFile xlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("数据");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("预算单位编码");
            header.createCell(1).setCellValue("功能分类科目编码");
            header.createCell(2).setCellValue("本月支出");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("EDU-1");
            row.createCell(1).setCellValue("2050202");
            row.createCell(2).setCellValue(777.7);
            wb.write(out);
            return new MockMultipartFile("file", "四月执行.xlsx", "application/octet-stream", out.toByteArray());
        }
    }
}
