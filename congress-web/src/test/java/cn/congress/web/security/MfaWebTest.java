package cn.congress.web.security;

import cn.congress.web.Logins;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Totp;
import cn.congress.domain.shared.SystemTask;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.congress.web.demo.DemoAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9 / C10 through the web: an account enrols an authenticator app by typing the secret, its next login needs a
 * code (or a recovery code) before any page opens, and the security administrator can reset it for re-enrolment.
 */
@WebIntegrationTest
class MfaWebTest {

    private static final String PASSWORD = "Mfa#Journey2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;

    @Test
    void enrolThenLogInWithASecondFactorThenTheSecurityAdministratorResetsIt() throws Exception {
        long id = SystemTask.call(() -> accounts.create("mfa.web", PASSWORD, new AccountService.AccountDetails("双因素网页测试", null, null)))
                .account().getId();
        jdbc.update("update user_account set must_change_password = false, password_changed_at = now() where id = ?", id);
        jdbc.update("insert into user_role (user_id, role) values (?, 'STAFF')", id);

        MockHttpSession session = login();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        String page = mvc.perform(get("/account/mfa").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("otpauth://totp/").contains("mfa-secret");
        String secret = (String) session.getAttribute("congress.mfa.offered");
        assertThat(page).contains(secret.substring(0, 4) + " ");

        String done = mvc.perform(post("/account/mfa").session(session).with(csrf()).param("code", Totp.code(secret, clock.instant())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher codes = Pattern.compile("[A-Z2-9]{5}-[A-Z2-9]{5}").matcher(done);
        assertThat(codes.find()).isTrue();
        String recovery = codes.group();
        mvc.perform(post("/logout").session(session).with(csrf()));

        // The password alone opens nothing but the code form.
        MockHttpSession second = (MockHttpSession) mvc.perform(formLogin("/login").user("mfa.web").password(PASSWORD))
                .andExpect(redirectedUrl("/login/mfa")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/login/mfa"));
        mvc.perform(get("/account/password").session(second)).andExpect(redirectedUrl("/login/mfa"));
        String form = mvc.perform(get("/login/mfa").session(second)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("验证码或恢复码");
        String wrong = mvc.perform(post("/login/mfa").session(second).with(csrf()).param("code", "000000")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("验证码不正确");
        mvc.perform(post("/login/mfa").session(second).with(csrf()).param("code", recovery)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(second)).andExpect(status().isOk());

        // Five wrong codes end the half-open session.
        MockHttpSession third = login();
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/mfa").session(third).with(csrf()).param("code", "11111" + i)).andExpect(status().isOk());
        }
        mvc.perform(post("/login/mfa").session(third).with(csrf()).param("code", "999999")).andExpect(redirectedUrl("/login?error"));

        // The security administrator resets it (audited); the next login needs the password only.
        MockHttpSession secadmin = Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user("secadmin").password("Demo@2026")).andReturn());
        String scope = mvc.perform(get("/admin/roles/" + id + "/scope").session(secadmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(scope).contains("已启用双因素认证");
        mvc.perform(post("/admin/roles/" + id + "/mfa-reset").session(secadmin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MFA_RESET' and target_id = ?", Long.class,
                String.valueOf(id))).isOne();
        MockHttpSession fourth = login();
        mvc.perform(get("/").session(fourth)).andExpect(status().isOk());
    }

    /**
     * C10b: an administrator reaches nothing with the password alone. Without an enrolment every page, the password
     * change included, leads to the enrolment page; once enrolled, every login must give a code first.
     */
    @Test
    void anAdministratorMustEnrolBeforeAnythingElseAndThenGiveTheCodeAtEveryLogin() throws Exception {
        long id = SystemTask.call(() -> accounts.create("mfa.admin", PASSWORD, new AccountService.AccountDetails("双因素管理员", null, null)))
                .account().getId();
        jdbc.update("insert into user_role (user_id, role) values (?, 'ADMIN')", id);

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("mfa.admin").password(PASSWORD))
                .andExpect(redirectedUrl("/account/mfa")).andReturn().getRequest().getSession(false);
        for (String page : List.of("/", "/admin/users", "/admin/orgs", "/admin/rules", "/account/password", "/notifications")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/mfa"));
        }
        mvc.perform(post("/admin/orgs/new").session(session).with(csrf()).param("code", "MFA-NONE").param("name", "未认证机构")
                .param("type", "OTHER")).andExpect(redirectedUrl("/account/mfa"));
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = 'MFA-NONE'", Long.class)).isZero();

        String enrol = mvc.perform(get("/account/mfa").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(enrol).contains("mfa-required").contains("otpauth://totp/");
        String secret = (String) session.getAttribute("congress.mfa.offered");
        mvc.perform(post("/account/mfa").session(session).with(csrf()).param("code", Totp.code(secret, clock.instant())))
                .andExpect(status().isOk());
        // enrolled: the temporary password is the next thing to change, then the administrator's pages open
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/password"));
        jdbc.update("update user_account set must_change_password = false, password_changed_at = now() where id = ?", id);
        mvc.perform(post("/logout").session(session).with(csrf()));

        MockHttpSession next = (MockHttpSession) mvc.perform(formLogin("/login").user("mfa.admin").password(PASSWORD))
                .andExpect(redirectedUrl("/login/mfa")).andReturn().getRequest().getSession(false);
        for (String page : List.of("/", "/admin/users", "/account/mfa", "/account/password")) {
            mvc.perform(get(page).session(next)).andExpect(redirectedUrl("/login/mfa"));
        }
        // the code of the next time step: the one that confirmed the enrolment cannot be used again
        mvc.perform(post("/login/mfa").session(next).with(csrf()).param("code", Totp.code(secret, clock.instant().plusSeconds(30))))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/users").session(next)).andExpect(status().isOk());
    }

    /** The demo administrators are enrolled with the secret the README publishes, so a newcomer can log in. */
    @Test
    void theDemoAdministratorsAreEnrolledWithTheDocumentedSecret() throws Exception {
        for (String admin : List.of("admin", "secadmin", "auditor")) {
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(admin).password("Demo@2026"))
                    .andExpect(redirectedUrl("/login/mfa")).andReturn().getRequest().getSession(false);
            mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/mfa"));
            mvc.perform(post("/login/mfa").session(session).with(csrf()).param("code", Logins.demoAdministratorCode(jdbc, admin)))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
        assertThat(Files.readString(Path.of("../README.md"))).contains(DemoAccounts.ADMIN_TOTP_SECRET);
    }

    private MockHttpSession login() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("mfa.web").password(PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }
}
