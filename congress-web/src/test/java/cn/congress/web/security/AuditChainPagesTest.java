package cn.congress.web.security;

import cn.congress.web.Logins;
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

/** The auditor's page of the audit chain (issue 9): in the auditor's menu only, verifies and names the first break. */
@WebIntegrationTest
class AuditChainPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorLinksAndVerifiesTheChainAndSeesTheFirstBreak() throws Exception {
        MockHttpSession auditor = login("auditor");
        assertThat(mvc.perform(get("/").session(auditor)).andReturn().getResponse().getContentAsString()).contains("/admin/audit/chain");

        mvc.perform(post("/admin/audit/chain").session(auditor).with(csrf())).andExpect(redirectedUrl("/admin/audit/chain"));
        String page = mvc.perform(get("/admin/audit/chain").session(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审计日志完整").doesNotContain("完整性遭到破坏");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry e where not exists "
                + "(select 1 from audit_chain c where c.entry_id = e.id) and e.id < (select max(entry_id) from audit_chain)", Long.class)).isZero();

        long id = jdbc.queryForObject("select max(entry_id) from audit_chain", Long.class);
        String actor = jdbc.queryForObject("select actor_username from audit_entry where id = ?", String.class, id);
        behindTheBack("update audit_entry set actor_username = 'someone.else' where id = " + id);
        try {
            page = mvc.perform(get("/admin/audit/chain").session(auditor)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("完整性遭到破坏").contains("记录内容被修改").contains(">" + id + "<");
        } finally {
            jdbc.execute("alter table audit_entry disable trigger user");
            try {
                jdbc.update("update audit_entry set actor_username = ? where id = ?", actor, id);
            } finally {
                jdbc.execute("alter table audit_entry enable trigger user");
            }
        }
        assertThat(mvc.perform(get("/admin/audit/chain").session(auditor)).andReturn().getResponse().getContentAsString())
                .doesNotContain("完整性遭到破坏");
    }

    @Test
    void noOtherAdministratorOpensIt() throws Exception {
        MockHttpSession admin = login("admin");
        mvc.perform(get("/admin/audit/chain").session(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/chain").session(admin).with(csrf())).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/").session(admin)).andReturn().getResponse().getContentAsString()).doesNotContain("/admin/audit/chain");
        mvc.perform(get("/admin/audit/chain").session(login("secadmin"))).andExpect(status().isForbidden());
    }

    private void behindTheBack(String sql) {
        jdbc.execute("alter table audit_entry disable trigger user");
        try {
            jdbc.execute(sql);
        } finally {
            jdbc.execute("alter table audit_entry enable trigger user");
        }
    }

    private MockHttpSession login(String username) throws Exception {
        return Logins.secondStep(mvc, jdbc, mvc.perform(formLogin("/login").user(username).password("Demo@2026"))
                .andExpect(redirectedUrl(Logins.CODE_FORM)).andReturn());
    }
}
