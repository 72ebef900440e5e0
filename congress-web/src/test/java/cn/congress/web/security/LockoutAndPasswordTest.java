package cn.congress.web.security;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
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
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordUntilTheLockExpires() throws Exception {
        String password = newUser("lock.me");

        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user("lock.me").password("Wrong#Pass1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("lock.me").password("Wrong#Pass1")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").user("lock.me").password(password)).andExpect(redirectedUrl("/login?locked"));
        assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString()).contains("账户已锁定15分钟");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_LOCKED' and actor_username = 'lock.me'", Long.class)).isEqualTo(1);

        // Fifteen minutes later (moved in the database rather than by waiting).
        jdbc.update("update user_account set locked_until = now() - interval '1 second' where username = 'lock.me'");
        mvc.perform(formLogin("/login").user("lock.me").password(password)).andExpect(redirectedUrl("/"));
    }

    @Test
    void loginFailuresAndSuccessesAreAuditedWithTheClientAddress() throws Exception {
        String password = newUser("audit.login");
        mvc.perform(post("/login").param("username", "audit.login").param("password", "Wrong#Pass1").with(csrf()).with(r -> {
            r.setRemoteAddr("10.1.2.3");
            return r;
        }));
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
        accounts.grant(accounts.byUsername("first.login").getId(), Role.STAFF);

        MockHttpSession user = login("first.login", "Start#Here2026");
        mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/notifications").session(user)).andExpect(redirectedUrl("/account/password"));

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

    private String newUser(String username) {
        String password = "Init#Pass2026";
        var created = accounts.create(username, password, new AccountService.AccountDetails("测试" + username, null, null));
        created.account();
        accounts.grant(created.account().getId(), Role.STAFF);
        jdbc.update("update user_account set must_change_password = false where username = ?", username);
        return password;
    }

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }
}
