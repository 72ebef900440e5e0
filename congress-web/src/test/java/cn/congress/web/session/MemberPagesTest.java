package cn.congress.web.session;

import cn.congress.domain.member.ScMember;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff keep the term's standing-committee members on their own page. */
@WebIntegrationTest
class MemberPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ScMemberRepository members;
    @Autowired JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return Logins.as(users, username);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    @Test
    void staffListAddEditAndDeactivateMembersWithOptimisticLocking() throws Exception {
        String list = page("/sessions/members", "staff");
        assertThat(list).contains("常委会组成人员").contains("赵建国").contains("member（赵建国）").contains("主任").contains("在任");
        mvc.perform(get("/sessions/members").with(as("member"))).andExpect(status().isForbidden());
        mvc.perform(post("/sessions/members").with(as("member")).with(csrf()).param("name", "x").param("position", "MEMBER")
                .param("sortOrder", "1")).andExpect(status().isForbidden());

        // refused: a second chair, an account without the member role, an account already used
        assertThat(mvc.perform(post("/sessions/members").with(as("staff")).with(csrf()).param("name", "重复主任").param("position", "CHAIR")
                .param("sortOrder", "1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("本届常委会已有主任");
        assertThat(mvc.perform(post("/sessions/members").with(as("staff")).with(csrf()).param("name", "代表账户").param("position", "MEMBER")
                .param("userAccountId", String.valueOf(accountId("deputy"))).param("sortOrder", "1")).andReturn().getResponse().getContentAsString())
                .contains("没有常委会组成人员角色");
        assertThat(mvc.perform(post("/sessions/members").with(as("staff")).with(csrf()).param("name", "重复账户").param("position", "MEMBER")
                .param("userAccountId", String.valueOf(accountId("member"))).param("sortOrder", "1")).andReturn().getResponse().getContentAsString())
                .contains("该账户已登记为本届常委会组成人员");
        assertThat(mvc.perform(post("/sessions/members").with(as("staff")).with(csrf()).param("name", " ").param("position", "MEMBER")
                .param("sortOrder", "1")).andReturn().getResponse().getContentAsString()).contains("is-invalid");
        assertThat(jdbc.queryForObject("select count(*) from sc_member where name in ('重复主任', '代表账户', '重复账户')", Integer.class)).isZero();

        mvc.perform(post("/sessions/members").with(as("staff")).with(csrf()).param("name", "新委员").param("position", "MEMBER")
                .param("sortOrder", "900")).andExpect(flash().attribute("message", "已登记：新委员"));
        ScMember added = members.findAll().stream().filter(m -> m.getName().equals("新委员")).findFirst().orElseThrow();
        assertThat(page("/sessions/members", "staff")).contains("新委员").contains("未关联账户，不能表决");

        String edit = "/sessions/members/" + added.getId() + "/edit";
        assertThat(page(edit, "staff")).contains("修改：新委员");
        long version = added.getVersion();
        mvc.perform(post(edit).with(as("staff")).with(csrf()).param("name", "新委员甲").param("position", "VICE_CHAIR")
                .param("sortOrder", "8").param("version", String.valueOf(version))).andExpect(flash().attribute("message", "已保存：新委员甲"));
        String stale = mvc.perform(post(edit).with(as("staff")).with(csrf()).param("name", "旧数据").param("position", "MEMBER")
                .param("sortOrder", "8").param("version", String.valueOf(version))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("已被他人修改");
        ScMember edited = members.findById(added.getId()).orElseThrow();
        assertThat(edited.getName()).isEqualTo("新委员甲");
        assertThat(edited.getPosition().name()).isEqualTo("VICE_CHAIR");

        String deactivate = "/sessions/members/" + added.getId() + "/deactivate";
        mvc.perform(post(deactivate).with(as("staff")).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已被他人修改")));
        mvc.perform(post(deactivate).with(as("staff")).with(csrf()).param("version", String.valueOf(edited.getVersion())))
                .andExpect(flash().attribute("message", "已登记离任，此后召开的会议不再计入该组成人员"));
        assertThat(members.findById(added.getId()).orElseThrow().isActive()).isFalse();
        assertThat(page("/sessions/members", "staff")).contains("已离任");
        mvc.perform(get("/sessions/members/" + added.getId() + "/edit").with(as("member"))).andExpect(status().isForbidden());

        page("/sessions/members", "staff");
        SqlCounter.reset();
        page("/sessions/members", "staff");
        assertThat(SqlCounter.count()).isLessThan(12);
    }
}
