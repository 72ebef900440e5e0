package cn.congress.web.security;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class LoginAndRolesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin, 系统管理工作台, 账户管理",
            "secadmin, 安全管理工作台, 角色授权",
            "auditor, 安全审计工作台, 审计日志",
            "staff, 机关工作台, 通知",
            "member, 组成人员工作台, 通知",
            "deputy, 代表履职工作台, 通知",
            "unit, 承办单位工作台, 通知",
            "appoint, 人事任免工作台, 通知"})
    void eachRoleLogsInAndLandsOnItsOwnChineseDashboard(String username, String title, String navItem) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password("Demo@2026")).andReturn();
        // the three administrators must give their authenticator code before any page opens
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(
                Set.of("admin", "secadmin", "auditor").contains(username) ? Logins.CODE_FORM : "/");
        MockHttpSession session = Logins.secondStep(mvc, jdbc, login);

        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(title).contains(navItem).contains("lang=\"zh-CN\"");
    }

    @Test
    void navigationShowsOnlyWhatTheRoleMayUse() throws Exception {
        // links, not text: the auditor's dashboard lists recent requests, which may name these paths
        String staffPage = dashboardOf("staff");
        assertThat(staffPage).doesNotContain("href=\"/admin/users\"").doesNotContain("href=\"/admin/audit\"").doesNotContain("href=\"/admin/roles\"");

        String auditorPage = dashboardOf("auditor");
        assertThat(auditorPage).contains("href=\"/admin/audit\"").doesNotContain("href=\"/admin/users\"").doesNotContain("href=\"/admin/roles\"");

        String secadminPage = dashboardOf("secadmin");
        assertThat(secadminPage).contains("href=\"/admin/roles\"").doesNotContain("href=\"/admin/users\"").doesNotContain("href=\"/admin/audit\"");
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        String wrongPassword = mvc.perform(LockoutAndPasswordTest.loginPost("staff2", "Wrong@2026").with(r -> {
                    r.setRemoteAddr("10.7.0.1");
                    return r;
                })).andReturn().getResponse().getRedirectedUrl();
        String unknownUser = mvc.perform(LockoutAndPasswordTest.loginPost("nobody-here", "Wrong@2026").with(r -> {
                    r.setRemoteAddr("10.7.0.2");
                    return r;
                })).andReturn().getResponse().getRedirectedUrl();

        assertThat(wrongPassword).isEqualTo("/login?error").isEqualTo(unknownUser);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("member").password("Demo@2026"))
                .andReturn().getRequest().getSession(false);

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
    }

    /**
     * C37: nothing sensitive stays in the browser. Pages after login are never stored (no-store), logging out over HTTPS
     * tells the browser to drop the site's cache, cookies and storage, the old session opens nothing, and no script of
     * the application writes to local or session storage.
     */
    @Test
    void afterLogoutNothingSensitiveStaysInTheBrowser() throws Exception {
        MockHttpSession session = loginSession("member");
        String cacheControl = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getHeader("Cache-Control");
        assertThat(cacheControl).contains("no-store");

        String cleared = mvc.perform(post("/logout").secure(true).session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"))
                .andReturn().getResponse().getHeader("Clear-Site-Data");
        assertThat(cleared).contains("\"cache\"").contains("\"cookies\"").contains("\"storage\"");
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());

        try (var scripts = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/static/js"))) {
            for (var script : scripts.filter(f -> f.toString().endsWith(".js")).toList()) {
                assertThat(java.nio.file.Files.readString(script)).as(script.toString()).doesNotContain("localStorage").doesNotContain("sessionStorage");
            }
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(status().isFound());
    }

    @Test
    void theLoginPageIsChinese() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户登录")));
    }

    @Test
    void aUserWithoutTheRoleGetsAChinese403PageAndTheDenialIsAudited(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
        MockHttpSession session = loginSession("staff");
        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor_username = 'staff'", Long.class);

        MvcResult result = mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden()).andReturn();
        String errorPage = mvc.perform(get("/error").session(session)
                        .requestAttr("jakarta.servlet.error.status_code", 403).accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();

        assertThat(result.getResponse().getErrorMessage()).isNull();
        assertThat(errorPage).contains("无权访问");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor_username = 'staff'", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void administratorsDoNoBusinessWork() throws Exception {
        MockHttpSession admin = loginSession("admin");
        mvc.perform(get("/suggestions").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/sessions").session(admin)).andExpect(status().isForbidden());

        MockHttpSession auditor = loginSession("auditor");
        mvc.perform(get("/admin/audit").session(auditor)).andExpect(status().isOk());
        mvc.perform(post("/admin/orgs/new").session(auditor).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/rules/motion.min-deputies").session(auditor).with(csrf()).param("value", "3")).andExpect(status().isForbidden());
        mvc.perform(get("/legislation/bills").session(auditor)).andExpect(status().isForbidden());
    }

    @Test
    void stateChangingRequestsNeedTheCsrfToken(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
        MockHttpSession admin = loginSession("admin");
        int status = mvc.perform(post("/admin/orgs/new").session(admin).param("code", "NOCSRF").param("name", "某机构").param("type", "OTHER"))
                .andReturn().getResponse().getStatus();

        assertThat(status).isIn(302, 403);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = 'NOCSRF'", Long.class)).isZero();
    }

    @Test
    void unknownIdsAnswerAChinese404Page() throws Exception {
        MockHttpSession admin = loginSession("admin");
        String page = mvc.perform(get("/admin/users/999999").session(admin)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("页面不存在").doesNotContain("Exception");

        mvc.perform(get("/admin/users/not-a-number").session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void aServerErrorShowsAChinesePageWithoutAStackTrace() throws Exception {
        String page = mvc.perform(get("/error").session(loginSession("staff")).accept(org.springframework.http.MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("系统出错了").doesNotContain("secret detail").doesNotContain("IllegalStateException").doesNotContain("at cn.");
    }

    @Test
    void loggingInChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String anonymousId = session.getId();
        String idAfterLogin = mvc.perform(post("/login").session(session).with(csrf()).param("username", "member").param("password", "Demo@2026"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false).getId();
        assertThat(idAfterLogin).isNotEqualTo(anonymousId);
    }

    @Test
    void healthAnswersUpWithoutLoginAndWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    private String dashboardOf(String username) throws Exception {
        return mvc.perform(get("/").session(loginSession(username))).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession loginSession(String username) throws Exception {
        return Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user(username).password("Demo@2026")).andReturn());
    }
}
