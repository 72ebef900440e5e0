package cn.congress.web.security;

import cn.congress.web.Logins;
import cn.congress.web.security.guard.Captcha;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.web.WebIntegrationTest;
import cn.congress.domain.shared.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class LockoutAndPasswordTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveWrongPasswordsLockOnlyTheFailingAddressWithTheSameMessageAsAnyFailure() throws Exception {
        String password = newUser("lock.me");

        for (int i = 1; i <= 5; i++) {
            // From the fourth attempt on, the username asks for the CAPTCHA; the attacker solves it, and still gets locked.
            mvc.perform(loginPost("lock.me", "Wrong#Pass1").with(from("10.9.0.1")).with(captchaSolved())).andExpect(redirectedUrl("/login?error"));
        }
        // The attacker's address is locked even with the right password, and is told nothing more than "failed".
        mvc.perform(loginPost("lock.me", password).with(from("10.9.0.1")).with(captchaSolved()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_LOCKED' and actor_username = 'lock.me'", Long.class)).isEqualTo(1);
        // The rightful user elsewhere is not locked out (the username now asks for a CAPTCHA, which they solve).
        mvc.perform(loginPost("lock.me", password).with(from("10.9.0.2")).with(captchaSolved()))
                .andExpect(redirectedUrl("/"));

        // Fifteen minutes later (moved in the database rather than by waiting) the address may try again.
        jdbc.update("update login_lock set locked_until = now() - interval '1 second' where username = 'lock.me'");
        mvc.perform(loginPost("lock.me", password).with(from("10.9.0.1")).with(captchaSolved()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void loginFailuresAndSuccessesAreAuditedWithTheClientAddress() throws Exception {
        String password = newUser("audit.login");
        mvc.perform(post("/login").param("username", "audit.login").param("password", "Wrong#Pass1").with(csrf()).with(from("10.1.2.3")));
        mvc.perform(post("/login").param("username", "audit.login").param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr("10.1.2.4");
            return r;
        }));

        var rows = jdbc.queryForList("select action, ip from audit_entry where actor_username = 'audit.login' and action like 'LOGIN_%' order by id");
        assertThat(rows).extracting(r -> r.get("action") + "@" + r.get("ip")).containsExactly("LOGIN_FAILURE@10.1.2.3", "LOGIN_SUCCESS@10.1.2.4");
    }

    @Test
    void anAccountCreatedByTheAdministratorMustChangeItsPasswordBeforeAnythingElse() throws Exception {
        MockHttpSession admin = login("admin", "Demo@2026");
        String flash = mvc.perform(post("/admin/users/new").session(admin).with(csrf())
                        .param("username", "first.login").param("displayName", "初次登录").param("initialPassword", "Start#Here2026")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("message").toString();
        assertThat(flash).contains("Start#Here2026").contains("首次登录须修改");
        SystemTask.run(() -> accounts.grant(accounts.byUsername("first.login").getId(), Role.STAFF));

        MockHttpSession user = login("first.login", "Start#Here2026");
        mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/notifications").session(user)).andExpect(redirectedUrl("/account/password"));
        assertThat(mvc.perform(get("/account/password").session(user)).andReturn().getResponse().getContentAsString())
                .as("the first-login notice").contains("id=\"must-change\"");

        String refused = mvc.perform(post("/account/password").session(user).with(csrf())
                        .param("currentPassword", "Start#Here2026").param("newPassword", "abcdefgh").param("confirmPassword", "abcdefgh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("至少三类");

        String mismatch = mvc.perform(post("/account/password").session(user).with(csrf())
                        .param("currentPassword", "Start#Here2026").param("newPassword", "Green#Field42").param("confirmPassword", "Green#Field43"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mismatch).contains("两次输入的新密码不一致");

        mvc.perform(post("/account/password").session(user).with(csrf())
                        .param("currentPassword", "Start#Here2026").param("newPassword", "Green#Field42").param("confirmPassword", "Green#Field42"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(user)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/account/password").session(user)).andReturn().getResponse().getContentAsString())
                .as("no notice once changed").doesNotContain("id=\"must-change\"");
        login("first.login", "Green#Field42");
    }

    @Test
    void anAdministratorResetGivesATemporaryPasswordThatMustBeChanged() throws Exception {
        newUser("reset.me");
        long id = accounts.byUsername("reset.me").getId();
        MockHttpSession admin = login("admin", "Demo@2026");

        String flash = mvc.perform(post("/admin/users/{id}/password", id).session(admin).with(csrf()))
                .andReturn().getFlashMap().get("message").toString();
        String temporary = flash.replaceAll(".*临时密码：(\\S+?)（.*", "$1");

        MockHttpSession user = login("reset.me", temporary);
        mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/account/password"));
    }

    /** A login form post, as the browser sends it. */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder loginPost(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    /** A request from the given client address. */
    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    /** Solves the CAPTCHA of the session the request carries (or starts one), as a person reading the image would. */
    static RequestPostProcessor captchaSolved() {
        return r -> {
            var session = r.getSession(true);
            session.setAttribute(Captcha.attribute(Captcha.LOGIN), new Captcha.Challenge("ABCDE", 3, 4));
            r.addParameter("captcha", "7");
            return r;
        };
    }

    private String newUser(String username) {
        String password = "Init#Pass2026";
        var created = SystemTask.call(() -> accounts.create(username, password, new AccountService.AccountDetails("测试" + username, null, null)));
        SystemTask.run(() -> accounts.grant(created.account().getId(), Role.STAFF));
        jdbc.update("update user_account set must_change_password = false where username = ?", username);
        return password;
    }

    private MockHttpSession login(String username, String password) throws Exception {
        return Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl(username.equals("admin") ? Logins.CODE_FORM : "/")).andReturn());
    }
}
