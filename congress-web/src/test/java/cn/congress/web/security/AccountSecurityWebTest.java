package cn.congress.web.security;

import cn.congress.web.Logins;
import cn.congress.web.security.guard.Captcha;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.shared.SystemTask;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static cn.congress.web.security.LockoutAndPasswordTest.captchaSolved;
import static cn.congress.web.security.LockoutAndPasswordTest.from;
import static cn.congress.web.security.LockoutAndPasswordTest.loginPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9 through the web: login throttling and the CAPTCHA, one message for every failure, live sessions that follow
 * account changes, the absolute session lifetime, password expiry and the 三员 pages.
 */
@WebIntegrationTest
class AccountSecurityWebTest {

    private static final String PASSWORD = "Init#Pass2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFailureGetsTheSameAnswerWhetherUnknownDisabledOrWrong() throws Exception {
        String user = newUser(Role.STAFF);
        SystemTask.run(() -> accounts.setEnabled(accounts.byUsername(user).getId(), false));

        String disabled = mvc.perform(loginPost(user, PASSWORD).with(from("10.6.1.1"))).andReturn().getResponse().getRedirectedUrl();
        String wrong = mvc.perform(loginPost("staff3", "Wrong#2026x").with(from("10.6.1.2"))).andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(loginPost("no-such-" + user, PASSWORD).with(from("10.6.1.3"))).andReturn().getResponse().getRedirectedUrl();

        assertThat(disabled).isEqualTo("/login?error").isEqualTo(wrong).isEqualTo(unknown);
        assertThat(body(get("/login").param("locked", "").param("disabled", ""))).doesNotContain("锁定15分钟").doesNotContain("已停用");
    }

    @Test
    void aPasswordOverSeventyTwoBytesFailsLikeAnyOtherAtLoginAndIsRefusedWithAMessageWhenChosen() throws Exception {
        String user = newUser(Role.STAFF);
        String tooLong = "密码".repeat(13) + "Aa1!";
        mvc.perform(loginPost(user, tooLong).with(from("10.6.2.1"))).andExpect(redirectedUrl("/login?error"));

        MockHttpSession session = login(user, PASSWORD, "10.6.2.2");
        String page = mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", tooLong).param("confirmPassword", tooLong)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("72字节");
    }

    @Test
    void afterThreeFailuresForAUsernameTheNextAttemptFromAnywhereNeedsTheCaptcha() throws Exception {
        String user = newUser(Role.STAFF);
        for (int i = 1; i <= 3; i++) {
            mvc.perform(loginPost(user, "Wrong#Pass" + i).with(from("10.6.3." + i))).andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(loginPost(user, PASSWORD).with(from("10.6.3.9")).session(browser)).andExpect(redirectedUrl("/login?captcha"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CAPTCHA_FAILED' and actor_username = ?", Long.class, user)).isEqualTo(1);

        String form = mvc.perform(get("/login").session(browser)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("/login/captcha").contains("看不清图片").contains("name=\"captcha\"");
        byte[] png = mvc.perform(get("/login/captcha").session(browser)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        String answer = String.valueOf(((Captcha.Challenge) browser.getAttribute(Captcha.attribute(Captcha.LOGIN))).sum());
        mvc.perform(loginPost(user, PASSWORD).with(from("10.6.3.9")).session(browser).with(r -> {
            r.addParameter("captcha", answer);
            return r;
        })).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAddressThatKeepsFailingIsSlowedDownWithoutHoldingAThread() throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(loginPost("guess" + i + UUID.randomUUID(), "Wrong#Pass1").with(from("10.6.4.1")));
        }
        long started = System.nanoTime();
        mvc.perform(loginPost("guess-next", "Wrong#Pass1").with(from("10.6.4.1"))).andExpect(redirectedUrl("/login?slow"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_THROTTLED' and ip = '10.6.4.1'", Long.class)).isEqualTo(1);
    }

    @Test
    void disablingResettingRevokingOrMovingAnAccountEndsItsSessionsAtOnce() throws Exception {
        for (String change : new String[]{"disable", "reset", "revoke", "org"}) {
            String user = newUser(Role.STAFF);
            long id = accounts.byUsername(user).getId();
            MockHttpSession first = login(user, PASSWORD, "10.6.5.1");
            MockHttpSession second = login(user, PASSWORD, "10.6.5.2");
            mvc.perform(get("/").session(first)).andExpect(status().isOk());

            switch (change) {
                case "disable" -> mvc.perform(post("/admin/users/{id}/enabled", id).param("enabled", "false").session(login("admin", "Demo@2026", "10.6.5.3")).with(csrf()));
                case "reset" -> mvc.perform(post("/admin/users/{id}/password", id).session(login("admin", "Demo@2026", "10.6.5.3")).with(csrf()));
                case "revoke" -> mvc.perform(post("/admin/roles/{id}/revoke", id).param("role", "STAFF").session(login("secadmin", "Demo@2026", "10.6.5.3")).with(csrf()));
                default -> mvc.perform(post("/admin/roles/{id}/org", id).param("orgUnitId", String.valueOf(
                                jdbc.queryForObject("select id from org_unit order by id limit 1", Long.class)))
                        .param("version", String.valueOf(accounts.get(id).getVersion())).session(login("secadmin", "Demo@2026", "10.6.5.3")).with(csrf()));
            }

            mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/login?expired"));
            mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/login?expired"));
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SESSIONS_ENDED' and target_id = ?", Long.class,
                    String.valueOf(id))).as(change).isEqualTo(1);
        }
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String user = newUser(Role.STAFF);
        MockHttpSession here = login(user, PASSWORD, "10.6.6.1");
        MockHttpSession elsewhere = login(user, PASSWORD, "10.6.6.2");

        mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "Fresh#Start2026").param("confirmPassword", "Fresh#Start2026")).andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aSessionEndsAfterTheAbsoluteLifetimeHoweverBusy() throws Exception {
        MockHttpSession session = login(newUser(Role.STAFF), PASSWORD, "10.6.7.1");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        session.setAttribute(LoginSuccessHandler.LOGIN_AT, System.currentTimeMillis() - 12 * 3_600_000L - 1_000);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void anExpiredPasswordMustBeChangedAndTheIdleWarningIsOnEveryPage() throws Exception {
        String user = newUser(Role.STAFF);
        jdbc.update("update user_account set password_changed_at = now() - interval '91 days' where username = ?", user);
        MockHttpSession session = login(user, PASSWORD, "10.6.8.1");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        String page = body(get("/account/password").session(session));
        assertThat(page).contains("name=\"session-idle-seconds\" content=\"1800\"").contains("/js/session-timeout.js").contains("id=\"session-warning\"");
        mvc.perform(get("/account/ping").session(session)).andExpect(status().isNoContent());
    }

    @Test
    void theSystemAdministratorRequestsAndTheSecurityAdministratorApprovesChangesToAnotherAdministrator() throws Exception {
        long auditorId = accounts.byUsername("auditor").getId();
        MockHttpSession admin = login("admin", "Demo@2026", "10.6.9.1");

        mvc.perform(post("/admin/users/{id}/password", auditorId).session(admin).with(csrf()).header("Referer", "http://localhost/admin/users/" + auditorId))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSWORD_RESET' and target_id = ?", Long.class,
                String.valueOf(auditorId))).isZero();
        assertThat(body(get("/admin/users/{id}", auditorId).session(admin))).contains("admin-request-form").doesNotContain("重置后原密码立即失效");

        mvc.perform(post("/admin/users/{id}/requests", auditorId).session(admin).with(csrf()).param("kind", "DISABLE").param("reason", "离岗三个月"))
                .andExpect(redirectedUrl("/admin/users/" + auditorId));
        MockHttpSession secadmin = login("secadmin", "Demo@2026", "10.6.9.2");
        String list = body(get("/admin/requests").session(secadmin));
        assertThat(list).contains("离岗三个月").contains("批准");
        long requestId = jdbc.queryForObject("select max(id) from admin_account_request where target_id = ?", Long.class, auditorId);
        mvc.perform(post("/admin/requests/{id}/reject", requestId).session(secadmin).with(csrf())).andExpect(redirectedUrl("/admin/requests"));
        assertThat(accounts.get(auditorId).isEnabled()).isTrue();

        mvc.perform(get("/admin/audit").session(admin)).andExpect(status().isForbidden());
        assertThat(body(get("/admin/syslog").session(admin))).contains("本人操作日志").contains("管理员账户申请");
    }

    @Test
    void aForgedForwardedForHeaderIsNotBelievedByDefault() throws Exception {
        String user = newUser(Role.STAFF);
        mvc.perform(loginPost(user, "Wrong#Pass9").with(from("10.6.10.1")).header("X-Forwarded-For", "1.2.3.4"));
        assertThat(jdbc.queryForObject("select ip from audit_entry where action = 'LOGIN_FAILURE' and actor_username = ?", String.class, user))
                .isEqualTo("10.6.10.1");
    }

    private String newUser(Role role) {
        String username = "sec" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run(() -> {
            var created = accounts.create(username, PASSWORD, new AccountService.AccountDetails("测试" + username, null, null));
            accounts.grant(created.account().getId(), role);
        });
        jdbc.update("update user_account set must_change_password = false where username = ?", username);
        return username;
    }

    private MockHttpSession login(String username, String password, String address) throws Exception {
        return Logins.secondStep(mvc, jdbc, mvc.perform(loginPost(username, password).with(from(address))).andReturn());
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
