package cn.congress.web.admin;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import cn.congress.testsupport.SqlCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class AdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession admin;

    @BeforeEach
    void login() throws Exception {
        admin = Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user("admin").password("Demo@2026")).andReturn());
    }

    @Test
    void theUserListFiltersAndPaginatesInABoundedNumberOfStatements() throws Exception {
        String page = body(get("/admin/users").param("role", "DEPUTY").session(admin));
        assertThat(page).contains("dep002").contains("共 50 条").contains("人大代表").doesNotContain(">staff<")
                .doesNotContain("没有符合条件的账户");

        SqlCounter.reset();
        body(get("/admin/users").param("page", "1").session(admin));
        long small = SqlCounter.count();
        SqlCounter.reset();
        body(get("/admin/users").param("page", "0").session(admin));
        assertThat(SqlCounter.count()).isLessThanOrEqualTo(small + 1).isLessThan(12);
    }

    @Test
    void aFormWithBadInputComesBackWithChineseMessagesBesideTheFields() throws Exception {
        String page = mvc.perform(post("/admin/orgs/new").session(admin).with(csrf())
                        .param("code", "空 格").param("name", "").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("请填写机构名称").contains("机构代码为2～32位").contains("请选择机构类型").contains("is-invalid");
    }

    @Test
    void aDoubleSubmittedFormCreatesOneRecord() throws Exception {
        var form = post("/admin/orgs/new").session(admin).with(csrf()).param("_formToken", "double-click-token-1")
                .param("code", "TWICE").param("name", "重复提交测试单位").param("type", "OTHER").param("sortOrder", "1").param("version", "0");
        mvc.perform(form).andExpect(redirectedUrl("/admin/orgs"));
        mvc.perform(form).andExpect(redirectedUrl("/admin/orgs"));

        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = 'TWICE'", Long.class)).isEqualTo(1);
    }

    @Test
    void twoAdministratorsEditingTheSameUnitDoNotOverwriteEachOther() throws Exception {
        long id = jdbc.queryForObject("select id from org_unit where code = 'GOV-WATER'", Long.class);
        long version = jdbc.queryForObject("select version from org_unit where id = ?", Long.class, id);
        long parent = jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, id);

        mvc.perform(post("/admin/orgs/{id}", id).session(admin).with(csrf()).param("code", "GOV-WATER").param("name", "示例市水务局（甲）")
                .param("type", "GOVERNMENT_DEPARTMENT").param("parentId", String.valueOf(parent)).param("sortOrder", "12")
                .param("version", String.valueOf(version))).andExpect(redirectedUrl("/admin/orgs"));
        String second = mvc.perform(post("/admin/orgs/{id}", id).session(admin).with(csrf()).param("code", "GOV-WATER").param("name", "示例市水务局（乙）")
                .param("type", "GOVERNMENT_DEPARTMENT").param("parentId", String.valueOf(parent)).param("sortOrder", "12")
                .param("version", String.valueOf(version))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(second).contains("已被他人修改");
        assertThat(jdbc.queryForObject("select name from org_unit where id = ?", String.class, id)).isEqualTo("示例市水务局（甲）");
    }

    @Test
    void aRuleChangeIsScheduledWithItsDateAndAuditedWithBeforeAndAfter() throws Exception {
        LocalDate nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).withDayOfYear(1);
        mvc.perform(post("/admin/rules/suggestion.due-soon-days").session(admin).with(csrf())
                        .param("effectiveFrom", nextYear.toString()).param("value", "10").param("remark", "明年起提前10天提醒"))
                .andExpect(redirectedUrl("/admin/rules/suggestion.due-soon-days"));

        String list = body(get("/admin/rules").session(admin));
        assertThat(list).contains("即将到期提醒天数").contains("起：10");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CREATE' and target_type = 'RuleValue' and actor_username = 'admin'", Long.class))
                .isGreaterThanOrEqualTo(1);

        String refused = mvc.perform(post("/admin/rules/suggestion.due-soon-days").session(admin).with(csrf())
                .param("effectiveFrom", nextYear.toString()).param("value", "九十").param("remark", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("须为整数");
    }

    @Test
    void theAuditPageShowsWhoDidWhatWithFilters() throws Exception {
        long id = jdbc.queryForObject("select id from org_unit where code = 'GOV-AGRI'", Long.class);
        long version = jdbc.queryForObject("select version from org_unit where id = ?", Long.class, id);
        long parent = jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, id);
        mvc.perform(post("/admin/orgs/{id}", id).session(admin).with(csrf()).param("code", "GOV-AGRI").param("name", "示例市农业农村局（审计）")
                .param("type", "GOVERNMENT_DEPARTMENT").param("parentId", String.valueOf(parent)).param("sortOrder", "16")
                .param("version", String.valueOf(version)));

        MockHttpSession auditor = Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user("auditor").password("Demo@2026")).andReturn());
        String page = body(get("/admin/audit").param("actor", "admin").param("action", "UPDATE").param("targetType", "OrgUnit")
                .param("targetId", String.valueOf(id)).session(auditor));

        assertThat(page).contains("系统管理员").contains("修改").contains("示例市农业农村局（审计）").contains("示例市农业农村局&quot;");
    }

    @Test
    void notificationsAreListedAndMarkedRead(@Autowired cn.congress.domain.notification.NotificationService notifications) throws Exception {
        long staff2 = jdbc.queryForObject("select id from user_account where username = 'staff2'", Long.class);
        notifications.send(java.util.List.of(staff2), "请审核新提交的代表建议", "第17届第0042号", "/notifications", null);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("staff2").password("Demo@2026"))
                .andReturn().getRequest().getSession(false);

        assertThat(body(get("/").session(session))).contains("请审核新提交的代表建议").contains("unread-count");
        mvc.perform(post("/notifications/read-all").session(session).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(body(get("/notifications").param("unread", "true").session(session))).contains("暂无通知");
    }

    @Test
    void theSecurityAdministratorOpensTheRolePageOfAnAccountThatHasAnOrganisationUnit() throws Exception {
        MockHttpSession secadmin = Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user("secadmin").password("Demo@2026")).andReturn());
        Long staffId = jdbc.queryForObject("select id from user_account where username = 'staff' and org_unit_id is not null", Long.class);
        String unit = jdbc.queryForObject("select o.name from user_account u join org_unit o on o.id = u.org_unit_id where u.id = ?",
                String.class, staffId);

        String page = body(get("/admin/roles/" + staffId).session(secadmin));

        assertThat(page).contains("staff").contains(unit).contains("撤销").contains("授予");
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
