package cn.congress.web.livelihood;

import cn.congress.deputies.livelihood.LivelihoodQueries;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.deputies.livelihood.LivelihoodVoting;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.SessionService;
import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class LivelihoodPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired LivelihoodService service;
    @Autowired LivelihoodVoting voting;
    @Autowired LivelihoodQueries queries;
    @Autowired SessionService sessions;
    @Autowired OrgUnitRepository orgs;
    @Autowired JdbcTemplate jdbc;

    LivelihoodScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new LivelihoodScenario(users, service, voting, queries, sessions, orgs, jdbc);
    }

    @AfterEach
    void tearDown() {
        LivelihoodScenario.clear();
    }

    private RequestPostProcessor as(String username) {
        return Logins.as(users, username);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void deputiesVoteOverHttpAndTheResultSheetTheExportAndTheDecisionShowTheAdoptedProjects() throws Exception {
        var ready = scenario.openVote(2, "测试甲项目", "测试乙项目", "测试丙项目");
        String ballot = "/livelihood/votes/" + ready.voteId();
        assertThat(page(ballot, "deputy")).contains("测试甲项目").contains("不赞成").contains("submit-ballot");

        // just more than half of all deputies vote: 甲 and 乙 get exactly the pass mark of yes votes, 丙 gets none
        int passMark = ready.passMark();
        List<String> voters = new java.util.ArrayList<>(List.of("deputy"));
        voters.addAll(scenario.otherVoters(ready, "deputy", passMark - 1));
        for (String username : voters) {
            mvc.perform(post(ballot).with(as(username)).with(csrf())
                            .param("c-" + ready.projectIds().get(0), "YES").param("c-" + ready.projectIds().get(1), "YES")
                            .param("c-" + ready.projectIds().get(2), "NO"))
                    .andExpect(flash().attribute("message", "您的表决票已提交"));
        }
        mvc.perform(post(ballot).with(as("deputy")).with(csrf()).param("c-" + ready.projectIds().get(0), "NO")
                        .param("c-" + ready.projectIds().get(1), "NO").param("c-" + ready.projectIds().get(2), "NO"))
                .andExpect(flash().attribute("error", "您已提交表决票，每位代表只能提交一次"));
        mvc.perform(post("/livelihood/votes/" + ready.voteId() + "/close").with(as("deputy")).with(csrf())
                .param("programmeId", String.valueOf(ready.programmeId()))).andExpect(status().isForbidden());
        assertThat(page("/livelihood/votes/" + ready.voteId() + "/turnout", "staff")).contains("已投票 " + passMark);
        mvc.perform(post("/livelihood/votes/" + ready.voteId() + "/close").with(as("staff")).with(csrf())
                .param("programmeId", String.valueOf(ready.programmeId()))).andExpect(flash().attribute("message", "票决已结束"));

        String result = page("/livelihood/programmes/" + ready.programmeId() + "/result", "staff");
        assertThat(result).contains("测试甲项目").contains("确定").contains("未确定").contains("赞成票须达到 " + passMark + " 票以上");
        mvc.perform(get("/livelihood/programmes/" + ready.programmeId() + "/result.xlsx").with(as("staff")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        String decision = page("/livelihood/programmes/" + ready.programmeId() + "/decision", "member");
        assertThat(decision).contains("测试甲项目").contains("测试乙项目").doesNotContain("测试丙项目");
        assertThat(mvc.perform(get("/public/livelihood")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("测试甲项目");
        long adopted = ready.projectIds().get(0);
        assertThat(mvc.perform(get("/public/livelihood/projects/" + adopted)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("测试甲项目").contains("关注项目进展");
        mvc.perform(get("/public/livelihood/projects/" + ready.projectIds().get(2))).andExpect(status().isNotFound());
        String followed = mvc.perform(post("/public/livelihood/projects/" + adopted + "/follow").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(followed)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("测试甲项目").contains("1 位群众关注");
        mvc.perform(get("/public/livelihood/follow/0000")).andExpect(status().isNotFound());
    }

    @Test
    void staffRunCollectionAndScreeningOnThePagesAndDeputiesSeeTheReasonForTheirProposal() throws Exception {
        String created = mvc.perform(post("/livelihood").with(as("staff")).with(csrf()).param("year", "2070")
                        .param("title", "2070年民生实事项目").param("quota", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long programme = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(mvc.perform(post("/livelihood").with(as("staff")).with(csrf()).param("year", "").param("title", "").param("quota", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("id=\"create-programme\"");
        assertThat(page("/livelihood", "deputy")).doesNotContain("create-programme");
        mvc.perform(post("/livelihood").with(as("deputy")).with(csrf()).param("year", "2071").param("title", "2071年民生实事项目")
                .param("quota", "1")).andExpect(status().isForbidden());
        String proposed = mvc.perform(post("/livelihood/programmes/" + programme + "/propose").with(as("deputy")).with(csrf())
                        .param("title", "增设社区食堂").param("description", "为老年人提供助餐服务").param("budgetWan", "200"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long project = Long.parseLong(proposed.substring(proposed.lastIndexOf('/') + 1));
        mvc.perform(post("/livelihood/programmes/" + programme + "/propose").with(as("deputy")).with(csrf())
                .param("title", "").param("description", "")).andExpect(status().isOk());
        mvc.perform(post("/livelihood/projects/" + project + "/screen-out").with(as("deputy")).with(csrf()).param("reason", "越权"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/livelihood/projects/" + project + "/screen-out").with(as("staff")).with(csrf())
                .param("reason", "已纳入市民政局年度计划，不再重复列入")).andExpect(flash().attribute("message", "已不列入候选，理由将告知提出人"));
        assertThat(page("/livelihood/mine", "deputy")).contains("增设社区食堂").contains("已纳入市民政局年度计划");
        // units and other congresses' staff do not see it
        mvc.perform(get("/livelihood/projects/" + project).with(as("unit"))).andExpect(status().isNotFound());
        mvc.perform(get("/livelihood/programmes/" + programme).with(as("unit"))).andExpect(status().isNotFound());

        SqlCounter.reset();
        page("/livelihood/programmes/" + programme, "staff");
        long statements = SqlCounter.count();
        assertThat(statements).isBetween(1L, 40L);
    }

    @Test
    void residentsProposeWithoutAnAccountAndLookUpTheirProposal() throws Exception {
        scenarioCollecting();
        String form = mvc.perform(get("/public/livelihood/propose")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("个人信息处理说明").doesNotContain("checked=\"checked\"");
        Long programme = jdbc.queryForObject("select min(id) from livelihood_programme where status = 'COLLECTING'", Long.class);
        mvc.perform(post("/public/livelihood/propose").with(csrf()).param("programmeId", programme.toString())
                        .param("title", "小区加装电梯").param("description", "老旧小区老人上下楼难").param("phone", "13800001111"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from livelihood_project where title = '小区加装电梯'", Long.class)).isZero();
        String receipt = mvc.perform(post("/public/livelihood/propose").with(csrf()).param("programmeId", programme.toString())
                        .param("title", "小区加装电梯").param("description", "老旧小区老人上下楼难").param("phone", "13800001111")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(receipt)).andReturn().getResponse().getContentAsString()).contains("小区加装电梯").contains("待审核");
        mvc.perform(post("/public/livelihood/propose").with(csrf()).param("programmeId", programme.toString())
                .param("title", "机器人").param("description", "垃圾").param("website", "http://spam")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from livelihood_project where title = '机器人'", Long.class)).isZero();
        assertThat(mvc.perform(get("/public/livelihood")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("民生实事项目");
    }

    private void scenarioCollecting() {
        scenario.actAs("staff");
        if (jdbc.queryForObject("select count(*) from livelihood_programme where status = 'COLLECTING'", Long.class) == 0) {
            service.createProgramme(2071, "2071年民生实事项目", 3);
        }
        LivelihoodScenario.clear();
    }
}
