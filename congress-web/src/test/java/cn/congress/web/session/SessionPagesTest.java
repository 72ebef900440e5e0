package cn.congress.web.session;

import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteService;
import cn.congress.testsupport.SqlCounter;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.security.AccountPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class SessionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<DashboardWidget> widgets;

    private RequestPostProcessor as(String username) {
        return Logins.as(users, username);
    }

    /** A fresh standing-committee session in progress (the demo's 35 members) with a prepared vote. */
    private Vote openableVote() {
        Logins.asSystem();
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "会议厅", false));
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, "关于测试事项的决定（草案）", null, null, null);
        sessions.start(m.getId());
        return votes.prepare(m.getId(), item.getId(), VoteService.NewVote.motion("关于测试事项的决定", false));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void staffOpenAMemberVotesOverHttpAndStaffCloseAndSeeTheResult() throws Exception {
        Vote vote = openableVote();
        String base = "/sessions/votes/" + vote.getId();

        mvc.perform(post(base + "/open").with(as("member")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/open").with(as("staff")).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(page("/sessions/votes", "member")).contains("关于测试事项的决定").contains("待投票");
        assertThat(page(base + "/ballot", "member")).contains("choice-YES");
        mvc.perform(post(base + "/ballot").with(as("member")).with(csrf()).param("choice", "YES"))
                .andExpect(flash().attribute("message", "您的表决已提交"));
        mvc.perform(post(base + "/ballot").with(as("member")).with(csrf()).param("choice", "NO"))
                .andExpect(flash().attribute("error", "您已投票，本次会议规则不允许更改"));
        assertThat(page(base + "/turnout", "staff")).contains("id=\"turnout-cast\">1<");

        mvc.perform(post(base + "/close").with(as("member")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/close").with(as("staff")).with(csrf())).andExpect(flash().attribute("message", "表决已结束：未通过"));

        String result = page(base + "/result", "staff");
        assertThat(result).contains("表决结果").contains("未通过").contains("赵建国");
        mvc.perform(get(base + "/result.xlsx").with(as("staff"))).andExpect(status().isOk());
        mvc.perform(post(base + "/ballot").with(as("member02")).with(csrf()).param("choice", "YES"))
                .andExpect(flash().attribute("error", "表决已结束，不能再投票"));
    }

    @Test
    void aDeputyCannotVoteInAStandingCommitteeSessionNorSeeIt() throws Exception {
        Vote vote = openableVote();
        Logins.asSystem();
        votes.open(vote.getId());
        mvc.perform(post("/sessions/votes/" + vote.getId() + "/ballot").with(as("deputy")).with(csrf()).param("choice", "YES"))
                .andExpect(flash().attribute("error", "您不是本次会议的表决人员，不能投票"));
        mvc.perform(get("/sessions/votes/" + vote.getId() + "/ballot").with(as("deputy"))).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/" + vote.getMeeting().getId()).with(as("deputy"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, vote.getId())).isZero();
    }

    @Test
    void deputiesVoteInACongressSessionAndMembersWhoAreNoDeputiesDoNot() throws Exception {
        Logins.asSystem();
        Meeting m = sessions.create(new SessionService.Details(SessionKind.CONGRESS, LocalDate.now(), null, "人民大会堂", false));
        int servingDeputies = jdbc.queryForObject("select count(*) from deputy d join term t on t.id = d.term_id "
                + "where t.current and d.status = 'SERVING' and d.user_account_id is not null", Integer.class);
        assertThat(sessions.participants(m.getId())).hasSize(servingDeputies).hasSizeGreaterThan(40);
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, "关于计划执行情况的决议（草案）", null, null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), VoteService.NewVote.motion("关于计划执行情况的决议", false));
        votes.open(vote.getId());
        String ballot = "/sessions/votes/" + vote.getId() + "/ballot";
        assertThat(page("/", "deputy")).contains("关于计划执行情况的决议");
        mvc.perform(post(ballot).with(as("deputy")).with(csrf()).param("choice", "YES")).andExpect(flash().attribute("message", "您的表决已提交"));
        mvc.perform(post(ballot).with(as("member")).with(csrf()).param("choice", "YES"))
                .andExpect(flash().attribute("error", "您不是本次会议的表决人员，不能投票"));
        Logins.asSystem();
        assertThat(votes.recount(vote.getId()).yes()).isEqualTo(1);
    }

    @Test
    void theSessionPagesRenderInChinese() throws Exception {
        long past = jdbc.queryForObject("select min(id) from meeting where kind = 'STANDING_COMMITTEE' and status = 'CLOSED'", Long.class);
        long closedVote = jdbc.queryForObject("select min(id) from vote where meeting_id = ? and method = 'ELECTRONIC'", Long.class, past);
        assertThat(page("/sessions", "staff")).contains("常委会会议").contains("人民代表大会");
        assertThat(page("/sessions/" + past, "staff")).contains("会议议程").contains("出席情况").contains("列席人员");
        assertThat(page("/sessions/" + past + "/attendance", "staff")).contains("请假").contains("因公出差");
        assertThat(page("/sessions/votes/" + closedVote, "staff")).contains("表决结果");
        assertThat(page("/sessions/votes/" + closedVote + "/result", "member")).contains("表决情况（记名）");
        assertThat(page("/sessions/new", "staff")).contains("安排会议");
        assertThat(page("/sessions", "member")).contains("常委会");
        assertThat(page("/", "member")).contains("待表决");
        assertThat(page("/", "staff")).contains("近期会议");
        assertThat(page("/sessions", "deputy")).contains("人民代表大会第").doesNotContain("人大常委会第");
    }

    @Test
    void theUpcomingSessionsCardOffersSchedulingOnlyToThoseWhoMaySchedule() throws Exception {
        DashboardWidget card = widgets.stream().filter(w -> w.template().equals("dashboard/sessions-upcoming")).findFirst().orElseThrow();
        assertThat(upcomingAs("staff", card).canSchedule()).isTrue();
        assertThat(upcomingAs("appoint", card).canSchedule()).isFalse();
        mvc.perform(post("/sessions/new").with(as("appoint")).with(csrf())
                .param("kind", "CHAIRPERSONS").param("startDate", LocalDate.now().plusDays(3).toString()).param("place", "主任会议室"))
                .andExpect(status().isForbidden());
    }

    private SessionNavigation.UpcomingSessions upcomingAs(String username, DashboardWidget card) {
        AccountPrincipal user = (AccountPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return (SessionNavigation.UpcomingSessions) card.data(user);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void staffScheduleASessionAndBuildItsAgenda() throws Exception {
        String location = mvc.perform(post("/sessions/new").with(as("staff")).with(csrf())
                        .param("kind", "CHAIRPERSONS").param("startDate", LocalDate.now().plusDays(3).toString()).param("place", "主任会议室"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/sessions/");
        long id = Long.parseLong(location.substring("/sessions/".length()));
        mvc.perform(post(location + "/items").with(as("staff")).with(csrf()).param("type", "OTHER").param("title", "研究议程草案"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, "staff")).contains("研究议程草案").contains("主任会议");
        Logins.asSystem();
        assertThat(sessions.participants(id)).hasSizeLessThan(10).isNotEmpty();
        mvc.perform(post("/sessions/new").with(as("member")).with(csrf()).param("kind", "CHAIRPERSONS")
                .param("startDate", LocalDate.now().toString())).andExpect(status().isForbidden());
    }

    @Test
    void theSessionListAndDetailRunAFixedNumberOfStatements() throws Exception {
        page("/sessions", "staff");
        SqlCounter.reset();
        page("/sessions", "staff");
        long list = SqlCounter.count();
        long past = jdbc.queryForObject("select max(id) from meeting where kind = 'STANDING_COMMITTEE' and status = 'CLOSED'", Long.class);
        SqlCounter.reset();
        page("/sessions/" + past, "staff");
        long detail = SqlCounter.count();
        assertThat(list).isLessThan(12);
        assertThat(detail).isLessThan(20);
    }

    @Test
    void appointmentPagesRenderAndTheRegistryAnswers() throws Exception {
        assertThat(page("/appointments", "appoint")).contains("任免案").contains("刘志强");
        long motion = jdbc.queryForObject("select min(id) from appointment_motion", Long.class);
        assertThat(page("/appointments/" + motion, "appoint")).contains("逐人表决").contains("任命书");
        long item = jdbc.queryForObject("select min(id) from appointment_item where letter_number is not null", Long.class);
        assertThat(page("/appointments/items/" + item + "/letter", "member")).contains("任命书").contains("示例市人民代表大会常务委员会").contains("陈国华");
        String registry = page("/appointments/registry?organ=示例市教育局&post=局长&on=2023-01-01&person=刘志强", "member");
        assertThat(registry).contains("刘志强").contains("示例市教育局局长");
        assertThat(page("/appointments/registry?organ=示例市教育局&post=局长&on=" + LocalDate.now(), "member")).contains("何静");
        assertThat(page("/appointments/oaths", "appoint")).contains("我宣誓：忠于中华人民共和国宪法");
        assertThat(page("/appointments/reports", "appoint")).contains("何静").contains("已测评");
        mvc.perform(get("/appointments/registry.xlsx").with(as("staff"))).andExpect(status().isOk());
        mvc.perform(get("/appointments").with(as("deputy"))).andExpect(status().isForbidden());
        mvc.perform(post("/appointments/new").with(as("member")).with(csrf()).param("title", "x").param("proposer", "MAYOR")
                .param("explanation", "y")).andExpect(status().isForbidden());
    }

    @Test
    void theAppointmentAdministratorPreparesAMotionThroughThePages() throws Exception {
        String location = mvc.perform(post("/appointments/new").with(as("appoint")).with(csrf())
                        .param("title", "关于提请任命测试人员的议案").param("proposer", "CHAIRPERSONS_COUNCIL").param("explanation", "因工作需要"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/items").with(as("appoint")).with(csrf()).param("personName", "测试甲").param("action", "APPOINT")
                .param("post", "副主任委员").param("organ", "市人大常委会法制委员会")).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/submit").with(as("appoint")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/vet").with(as("appoint")).with(csrf()).param("remark", "已考试")).andExpect(status().is3xxRedirection());
        long upcoming = jdbc.queryForObject("select max(id) from meeting where kind = 'STANDING_COMMITTEE' and status = 'PLANNED'", Long.class);
        mvc.perform(post(location + "/schedule").with(as("appoint")).with(csrf()).param("meetingId", String.valueOf(upcoming))
                        .param("leadTimeException", "会议临近，主任会议同意列入"))
                .andExpect(flash().attribute("message", "已列入会议议程，并逐人安排无记名表决"));
        assertThat(page(location, "appoint")).contains("已列入议程").contains("测试甲");
        List<Integer> secret = jdbc.queryForList("select case when secret then 1 else 0 end from vote v join appointment_item i on i.vote_id = v.id where i.person_name = '测试甲'", Integer.class);
        assertThat(secret).containsExactly(1);
    }
}
