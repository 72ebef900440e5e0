package cn.congress.web.browser;

import cn.congress.web.Logins;
import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteService;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class VotingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired SessionService sessions;
    @Autowired VoteService votes;

    @Test
    void staffOpenAVoteAMemberVotesOnAPhoneAndStaffCloseItAndSeeTheResult() {
        Logins.asSystem();
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, LocalDate.now(), null, "常委会会议厅", false));
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, "关于浏览器测试事项的决定（草案）", "法工委", null, null);
        sessions.start(m.getId());
        Vote vote = votes.prepare(m.getId(), item.getId(), VoteService.NewVote.motion("关于浏览器测试事项的决定", false));
        String console = "/sessions/votes/" + vote.getId();

        try (Browser staff = Browser.open(port); Browser member = Browser.open(port).phone()) {
            staff.login("staff").go(console);
            assertThat(staff.text()).contains("出席人数已过半数");
            staff.click(By.id("open-vote")).waitForText("表决已开始");
            assertThat(staff.find(By.id("vote-status")).getText()).isEqualTo("表决中");

            member.login("member");
            assertThat(member.text()).contains("待表决").contains("关于浏览器测试事项的决定");
            member.click(By.cssSelector("a[href='" + console + "/ballot']"));
            member.find(By.id("choice-YES"));
            assertThat(member.scrollsHorizontally()).isFalse();
            member.click(By.id("choice-YES")).waitForText("您的表决已提交");
            assertThat(member.find(By.id("my-choice")).getText()).contains("赞成");
            assertThat(member.driver().findElements(By.id("choice-NO"))).isEmpty();

            staff.waitForText("1 / ");
            staff.click(By.id("close-vote")).waitForText("表决已结束");
            assertThat(staff.find(By.id("result-yes")).getText()).isEqualTo("1");
            assertThat(staff.find(By.id("result-outcome")).getText()).isEqualTo("未通过");
            assertThat(staff.text()).contains("赵建国");

            member.go(console + "/ballot").waitForText("表决已结束");
            assertThat(member.scrollsHorizontally()).isFalse();
        }
    }
}
