package cn.congress.web.suggestion;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Excel exports of the public list and of the per-unit statistics. */
@WebIntegrationTest
class SuggestionExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicListExportsWithoutLoginAndHoldsOnlyPublishedResponses() throws Exception {
        assertThat(mvc.perform(get("/public/suggestions")).andReturn().getResponse().getContentAsString()).contains("导出Excel");
        List<List<String>> rows = sheet(get("/public/suggestions/export"));
        assertThat(rows.get(0)).containsExactly("登记号", "标题", "领衔代表", "承办单位", "分类", "答复类别", "答复内容", "答复时间");
        long published = jdbc.queryForObject("select count(*) from suggestion where published", Long.class);
        assertThat(rows).hasSize((int) published + 1);
        assertThat(rows.stream().map(r -> r.get(1))).contains("关于增加城区公共厕所的建议").doesNotContain("关于改善中小学食堂条件的建议");
        List<String> toilets = rows.stream().filter(r -> r.get(1).equals("关于增加城区公共厕所的建议")).findFirst().orElseThrow();
        assertThat(toilets.get(5)).isEqualTo("已解决或基本解决");
        assertThat(toilets.get(6)).contains("公共厕所40座");

        List<List<String>> filtered = sheet(get("/public/suggestions/export").param("q", "地铁"));
        long matching = jdbc.queryForObject("select count(*) from suggestion where published and title like '%地铁%'", Long.class);
        assertThat(filtered).hasSize((int) matching + 1);
        assertThat(filtered.stream().skip(1).map(r -> r.get(1))).allMatch(t -> t.contains("地铁")).contains("关于在地铁站增设无障碍设施的建议");
    }

    @Test
    void theStatisticsExportHasEveryUnitsFiguresAndAUnitSeesOnlyItsScope() throws Exception {
        assertThat(new SuggestionTestSupport(mvc, users, jdbc).page("staff2", "/suggestions/stats"))
                .contains("各单位办理情况").contains("解决率").contains("面商率").contains("统计口径").contains("导出Excel");
        List<List<String>> rows = sheet(get("/suggestions/stats/export").with(Logins.as(users, "staff2")));
        assertThat(rows.get(0)).containsExactly("主办单位", "交办件数", "已答复件数", "解决率（A类占比，%）", "满意率（%）", "按期答复率（%）", "超期件数");

        long housing = jdbc.queryForObject("select org_unit_id from user_account where username = 'unit'", Long.class);
        String name = jdbc.queryForObject("select coalesce(short_name, name) from org_unit where id = ?", String.class, housing);
        List<String> row = rows.stream().filter(r -> r.get(0).equals(name)).findFirst().orElseThrow();
        long assigned = jdbc.queryForObject("select count(*) from suggestion where lead_unit_id = ? and status <> 'DRAFT'", Long.class, housing);
        long answered = jdbc.queryForObject("select count(*) from suggestion where lead_unit_id = ? and answer_category is not null", Long.class, housing);
        long resolved = jdbc.queryForObject("select count(*) from suggestion where lead_unit_id = ? and answer_category = 'A'", Long.class, housing);
        long overdue = jdbc.queryForObject("""
                select count(*) from suggestion where lead_unit_id = ? and due_on < (now() at time zone 'Asia/Shanghai')::date
                and status in ('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','REHANDLING')""", Long.class, housing);
        assertThat(row.get(1)).isEqualTo(String.valueOf(assigned));
        assertThat(row.get(2)).isEqualTo(String.valueOf(answered));
        assertThat(row.get(3)).isEqualTo(String.valueOf(answered == 0 ? 0 : Math.round(resolved * 100.0 / answered)));
        assertThat(row.get(6)).isEqualTo(String.valueOf(overdue));
        assertThat(overdue).as("the demo data has overdue suggestions at this unit").isPositive();
        long units = jdbc.queryForObject("select count(distinct lead_unit_id) from suggestion where status <> 'DRAFT' and lead_unit_id is not null", Long.class);
        assertThat(rows).hasSize((int) units + 1);

        List<List<String>> own = sheet(get("/suggestions/stats/export").with(Logins.as(users, "unit")));
        assertThat(own.stream().map(r -> r.get(0))).contains(name);
        long visibleUnits = jdbc.queryForObject("""
                select count(distinct s.lead_unit_id) from suggestion s where s.lead_unit_id = ? or s.id in (select suggestion_id from suggestion_co_unit where org_unit_id = ?)
                """, Long.class, housing, housing);
        assertThat(own).as("only the units of suggestions this unit handles").hasSize((int) visibleUnits + 1);
        assertThat(mvc.perform(get("/suggestions/stats/export")).andReturn().getResponse().getStatus()).as("login required").isIn(302, 401);
    }

    private List<List<String>> sheet(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        r.getAsyncResult();
        byte[] bytes = mvc.perform(asyncDispatch(r)).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
