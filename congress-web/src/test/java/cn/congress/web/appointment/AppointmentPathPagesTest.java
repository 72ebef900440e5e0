package cn.congress.web.appointment;

import cn.congress.domain.appointment.AppointmentAction;
import cn.congress.domain.appointment.AppointmentItem;
import cn.congress.domain.appointment.AppointmentMotion;
import cn.congress.domain.appointment.AppointmentMotions;
import cn.congress.domain.shared.SystemTask;
import cn.congress.domain.appointment.ItemStatus;
import cn.congress.domain.appointment.MotionStatus;
import cn.congress.domain.appointment.Proposer;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The appointment rules and the per-item path through the motion page. */
@WebIntegrationTest
class AppointmentPathPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AppointmentMotions appointments;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;

    private RequestPostProcessor as(String username) {
        return Logins.as(users, username);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Set-up done directly on the services acts as the system (the pages below act as the demo users). */
    private AppointmentMotion vetted(String title, List<AppointmentMotions.ItemDetails> items) {
        return SystemTask.call(() -> {
            AppointmentMotion m = appointments.create(new AppointmentMotions.MotionDetails(title, Proposer.MAYOR, "因工作需要"));
            items.forEach(i -> appointments.addItem(m.getId(), i));
            appointments.submit(m.getId());
            appointments.vet(m.getId(), null);
            return m;
        });
    }

    private static AppointmentMotions.ItemDetails appoint(String person, String post) {
        return new AppointmentMotions.ItemDetails(person, AppointmentAction.APPOINT, post, "页面市文化局", null);
    }

    @Test
    void aLateMotionIsRefusedOnThePageAndScheduledWithAReasonForTheException() throws Exception {
        AppointmentMotion m = vetted("关于任命时限测试人员的议案", List.of(appoint("时限页", "局长")));
        Meeting soon = SystemTask.call(() -> sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE,
                LocalDate.now().plusDays(2), null, "会议厅", false)));
        String base = "/appointments/" + m.getId();
        mvc.perform(post(base + "/schedule").with(as("appoint")).with(csrf()).header("Referer", "http://localhost" + base)
                        .param("meetingId", String.valueOf(soon.getId())))
                .andExpect(flash().attribute("error", containsString("确需列入本次会议的，请填写例外理由")));
        assertThat(SystemTask.call(() -> appointments.get(m.getId())).getStatus()).isEqualTo(MotionStatus.VETTED);
        assertThat(votes.ofMeeting(soon.getId())).isEmpty();

        mvc.perform(post(base + "/schedule").with(as("appoint")).with(csrf()).param("meetingId", String.valueOf(soon.getId()))
                        .param("leadTimeException", "市政府机构改革急需任命"))
                .andExpect(flash().attribute("message", "已列入会议议程，并逐人安排无记名表决"));
        assertThat(page(base, "appoint")).contains("提请时限例外").contains("市政府机构改革急需任命").contains("已列入议程");
    }

    @Test
    void staffTakeAnItemOffTheVoteThenPublishSwearInAndIssueTheLetterFromThePages() throws Exception {
        AppointmentMotion m = vetted("关于任命路径测试人员的议案", List.of(appoint("路径甲", "局长"), appoint("路径乙", "副局长")));
        Meeting meeting = SystemTask.call(() -> {
            Meeting created = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "会议厅", false));
            appointments.schedule(m.getId(), created.getId(), "临时会议");
            sessions.start(created.getId());
            return created;
        });
        List<AppointmentItem> items = SystemTask.call(() -> appointments.get(m.getId()).getItems());
        String base = "/appointments/" + m.getId();

        String scheduled = page(base, "appoint");
        assertThat(scheduled).contains("下一步").contains("主任会议可决定不付表决").contains("不付表决");
        mvc.perform(post(base + "/items/" + items.get(1).getId() + "/not-vote").with(as("member")).with(csrf()).param("remark", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/items/" + items.get(1).getId() + "/not-vote").with(as("appoint")).with(csrf()).param("remark", "审议中提出重要问题"))
                .andExpect(flash().attribute("message", startsWith("已记录主任会议不付表决的决定")));

        long voteId = items.get(0).getVoteId();
        mvc.perform(post("/sessions/votes/" + voteId + "/open").with(as("staff")).with(csrf())).andExpect(status().is3xxRedirection());
        int needed = sessions.participants(meeting.getId()).size() / 2 + 1;
        for (int i = 1; i <= needed; i++) {
            String user = i == 1 ? "member" : String.format("member%02d", i);
            mvc.perform(post("/sessions/votes/" + voteId + "/ballot").with(as(user)).with(csrf()).param("choice", "YES"))
                    .andExpect(flash().attribute("message", "您的表决已提交"));
        }
        mvc.perform(post("/sessions/votes/" + voteId + "/close").with(as("staff")).with(csrf())).andExpect(status().is3xxRedirection());

        String decided = page(base, "appoint");
        assertThat(decided).contains("已表决").contains("不付表决").contains("发布任免公告").contains("审议中提出重要问题");
        long first = items.get(0).getId();
        mvc.perform(post("/appointments/items/" + first + "/letter").with(as("appoint")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("只有已进行宪法宣誓的任命人员才能制发任命书")));

        mvc.perform(post(base + "/publish").with(as("appoint")).with(csrf()))
                .andExpect(flash().attribute("message", startsWith("已发布任免公告：示例市人民代表大会常务委员会公告〔")));
        assertThat(page(base, "appoint")).contains("已公告").contains("登记宪法宣誓");

        mvc.perform(post("/appointments/oaths").with(as("appoint")).with(csrf()).param("heldOn", LocalDate.now().toString())
                .param("place", "常委会会议厅").param("presiding", "陈国华").param("collective", "true").param("itemIds", String.valueOf(first)))
                .andExpect(flash().attribute("message", "已登记宪法宣誓仪式"));
        assertThat(page(base, "appoint")).contains("已宣誓").contains("#ceremony-").contains("制发任命书");

        mvc.perform(post("/appointments/items/" + first + "/letter").with(as("appoint")).with(csrf()))
                .andExpect(flash().attribute("message", startsWith("已制发任命书")));
        AppointmentItem issued = SystemTask.call(() -> appointments.get(m.getId()).getItems().get(0));
        assertThat(issued.getStatus()).isEqualTo(ItemStatus.CERTIFICATE_ISSUED);
        assertThat(page(base, "member")).contains("已颁发任命书").contains(issued.getLetterNumber());
    }
}
