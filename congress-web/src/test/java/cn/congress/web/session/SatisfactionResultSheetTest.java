package cn.congress.web.session;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The result sheet of a 履职情况满意度测评 names its rows and its rule in satisfaction terms. */
@WebIntegrationTest
class SatisfactionResultSheetTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theSatisfactionResultSheetShowsSatisfactionLabelsAndStatesItsRuleInSatisfactionVotes() throws Exception {
        Long id = jdbc.queryForObject("select min(id) from vote where kind = 'SATISFACTION'", Long.class);
        assertThat(id).as("the demo data holds a satisfaction vote").isNotNull();

        String sheet = mvc.perform(get("/sessions/votes/" + id + "/result").with(Logins.as(users, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(sheet).contains(">满意<", ">基本满意<", ">不满意<", ">未按<", "满意票超过出席人员半数")
                .doesNotContain("??").doesNotContain("赞成票");
    }

    @Test
    void aMotionResultSheetKeepsItsVoteLabels() throws Exception {
        Long id = jdbc.queryForObject("select min(id) from vote where kind = 'MOTION'", Long.class);

        String sheet = mvc.perform(get("/sessions/votes/" + id + "/result").with(Logins.as(users, "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(sheet).contains(">赞成<", ">反对<", ">弃权<", ">未按<").doesNotContain("??").doesNotContain("满意");
    }
}
