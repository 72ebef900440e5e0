package cn.congress.web.deputies;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@WebIntegrationTest
class RosterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffSeeTheRosterAndAProfileWithThePerformanceRecord() throws Exception {
        String list = mvc.perform(get("/deputies").with(Logins.as(users, "staff2"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("代表名册").contains("东城区代表团").contains("在任");
        long id = jdbc.queryForObject("select d.id from deputy d join user_account u on u.id = d.user_account_id where u.username = 'deputy'", Long.class);
        String profile = mvc.perform(get("/deputies/" + id).with(Logins.as(users, "staff2"))).andReturn().getResponse().getContentAsString();
        assertThat(profile).contains("履职档案").contains("领衔提出").contains("关于加快老旧小区加装电梯的建议").contains("deputy");

        assertThat(mvc.perform(get("/deputies").with(Logins.as(users, "deputy"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/deputies/" + id).with(Logins.as(users, "unit"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theExportIsASpreadsheetOfTheWholeRoster() throws Exception {
        MvcResult r = mvc.perform(get("/deputies/export").with(Logins.as(users, "staff2"))).andReturn();
        r.getAsyncResult();
        byte[] bytes = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(r)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("代表团");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(50);
        }
    }

    @Test
    void anImportWithProblemsListsThemRowByRowAndSavesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from deputy", Long.class);
        byte[] file = workbook(
                new String[]{"", "男", "东城区代表团", "", "", "", "", "NEW-001", "在任", "", ""},
                new String[]{"钱新代表", "女", "东城区代表团", "", "", "", "", "SL17-001", "在任", "", ""},
                new String[]{"孙新代表", "男", "不存在代表团", "", "", "", "", "NEW-002", "在任", "", ""});
        MockHttpSession session = new MockHttpSession();
        String preview = mvc.perform(multipart("/deputies/import").file(new MockMultipartFile("file", "名册.xlsx", null, file))
                .session(session).with(Logins.as(users, "staff2")).with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(preview).contains("第2行：缺少姓名").contains("第3行：代表证号“SL17-001”重复").contains("第4行：代表团“不存在代表团”不存在")
                .contains("未保存任何数据").doesNotContain("确认导入");
        MvcResult confirm = mvc.perform(post("/deputies/import/confirm").session(session).with(Logins.as(users, "staff2")).with(csrf())
                .param("_formToken", UUID.randomUUID().toString())).andReturn();
        assertThat(confirm.getFlashMap().get("error")).asString().contains("没有待确认的导入文件");
        assertThat(jdbc.queryForObject("select count(*) from deputy", Long.class)).isEqualTo(before);
    }

    @Test
    void aCleanImportIsSavedOnlyAfterTheStaffConfirm() throws Exception {
        long before = jdbc.queryForObject("select count(*) from deputy", Long.class);
        byte[] file = workbook(
                new String[]{"冯导入", "男", "西城区代表团", "西城区人民代表大会", "工人", "示例市机床厂技师", "13900000001", "IMP-001", "在任", "西城区代表小组、法制专业代表小组", ""},
                new String[]{"褚导入", "女", "南湖区代表团", "南湖区人民代表大会", "农民", "南湖区某村", "13900000002", "IMP-002", "暂停", "", ""});
        MockHttpSession session = new MockHttpSession();
        String preview = mvc.perform(multipart("/deputies/import").file(new MockMultipartFile("file", "名册.xlsx", null, file))
                .session(session).with(Logins.as(users, "staff2")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("文件检查通过，共 2 名代表").contains("确认导入");
        assertThat(jdbc.queryForObject("select count(*) from deputy", Long.class)).as("nothing saved at preview").isEqualTo(before);

        mvc.perform(post("/deputies/import/confirm").session(session).with(Logins.as(users, "staff2")).with(csrf())
                .param("_formToken", UUID.randomUUID().toString())).andReturn();
        assertThat(jdbc.queryForObject("select count(*) from deputy", Long.class)).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select status from deputy where card_number = 'IMP-002'", String.class)).isEqualTo("SUSPENDED");
        assertThat(jdbc.queryForObject("select count(*) from deputy_group_member m join deputy d on d.id = m.deputy_id where d.card_number = 'IMP-001'", Long.class)).isEqualTo(2);
    }

    @Test
    void staffEditADeputyWithOptimisticLocking() throws Exception {
        long id = jdbc.queryForObject("select id from deputy where card_number = 'SL17-010'", Long.class);
        long version = jdbc.queryForObject("select version from deputy where id = ?", Long.class, id);
        String name = jdbc.queryForObject("select name from deputy where id = ?", String.class, id);
        String delegation = jdbc.queryForObject("select g.name from deputy d join delegation g on g.id = d.delegation_id where d.id = ?", String.class, id);
        String[] form = {"name", name, "gender", "MALE", "delegation", delegation, "status", "TERMINATED", "cardNumber", "SL17-010",
                "phone", "13800000010", "version", String.valueOf(version), "username", "dep010"};
        var req = post("/deputies/" + id + "/edit").with(Logins.as(users, "staff2")).with(csrf());
        for (int i = 0; i < form.length; i += 2) {
            req.param(form[i], form[i + 1]);
        }
        mvc.perform(req).andReturn();
        assertThat(jdbc.queryForObject("select status from deputy where id = ?", String.class, id)).isEqualTo("TERMINATED");

        var stale = post("/deputies/" + id + "/edit").with(Logins.as(users, "staff2")).with(csrf());
        for (int i = 0; i < form.length; i += 2) {
            stale.param(form[i], form[i].equals("status") ? "SERVING" : form[i + 1]);
        }
        String page = mvc.perform(stale).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该记录已被他人修改");
        assertThat(jdbc.queryForObject("select status from deputy where id = ?", String.class, id)).isEqualTo("TERMINATED");
    }

    private static byte[] workbook(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("代表名册");
            Row header = sheet.createRow(0);
            String[] headers = {"姓名", "性别", "代表团", "选举单位", "界别", "工作单位及职务", "联系电话", "代表证号", "状态", "代表小组", "登录账户"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
