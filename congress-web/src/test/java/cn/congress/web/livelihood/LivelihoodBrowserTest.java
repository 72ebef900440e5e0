package cn.congress.web.livelihood;

import cn.congress.deputies.livelihood.LivelihoodQueries;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.deputies.livelihood.LivelihoodVoting;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.SessionService;
import cn.congress.web.WebIntegrationTest;
import cn.congress.web.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class LivelihoodBrowserTest {

    @LocalServerPort
    int port;

    @Autowired UserDetailsService users;
    @Autowired LivelihoodService service;
    @Autowired LivelihoodVoting voting;
    @Autowired LivelihoodQueries queries;
    @Autowired SessionService sessions;
    @Autowired OrgUnitRepository orgs;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        LivelihoodScenario.clear();
    }

    @Test
    void aDeputyOnAPhoneVotesOnEightCandidatesStaffCloseAndTheResultShowsTheAdoptedProjects() {
        var scenario = new LivelihoodScenario(users, service, voting, queries, sessions, orgs, jdbc);
        var ready = scenario.openVote(6, "老旧小区改造", "一刻钟便民生活圈", "平价药店", "农村颐养之家", "校园周边交通",
                "城市书房", "口袋公园", "背街小巷整治");
        List<Long> ids = ready.projectIds();
        // other deputies vote yes for the first six and no for the last two: with this deputy's yes, just over half
        for (String voter : scenario.otherVoters(ready, "deputy", ready.passMark() - 1)) {
            scenario.actAs(voter);
            Map<Long, BallotChoice> choices = new HashMap<>();
            for (int k = 0; k < ids.size(); k++) {
                choices.put(ids.get(k), k < 6 ? BallotChoice.YES : BallotChoice.NO);
            }
            voting.cast(ready.voteId(), choices);
        }
        LivelihoodScenario.clear();

        String ballot = "/livelihood/votes/" + ready.voteId();
        try (Browser staff = Browser.open(port); Browser deputy = Browser.open(port).phone()) {
            deputy.login("deputy").go(ballot);
            assertThat(deputy.text()).contains("老旧小区改造").contains("背街小巷整治");
            assertThat(deputy.scrollsHorizontally()).isFalse();
            for (int k = 0; k < ids.size(); k++) {
                String choice = k < 6 ? "YES" : (k == 6 ? "NO" : "ABSTAIN");
                By label = By.cssSelector("label[for='c" + ids.get(k) + "-" + choice + "']");
                // a long ballot on a phone: bring each row to the middle of the screen, clear of the sticky header
                ((JavascriptExecutor) deputy.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", deputy.find(label));
                deputy.click(label);
                assertThat(deputy.find(By.id("c" + ids.get(k) + "-" + choice)).isSelected()).isTrue();
            }
            ((JavascriptExecutor) deputy.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", deputy.find(By.id("submit-ballot")));
            deputy.click(By.id("submit-ballot")).acceptConfirm().waitForText("您的表决票已提交");
            assertThat(deputy.driver().findElements(By.id("submit-ballot"))).isEmpty();
            assertThat(deputy.scrollsHorizontally()).isFalse();

            staff.login("staff").go("/livelihood/programmes/" + ready.programmeId());
            staff.waitForText("已投票 " + ready.passMark());
            staff.click(By.id("close-vote")).acceptConfirm().waitForText("票决已结束");
            staff.go("/livelihood/programmes/" + ready.programmeId() + "/result").waitForText("确定的民生实事项目");
            String adopted = staff.find(By.id("adopted-list")).getText();
            assertThat(adopted).contains("老旧小区改造", "一刻钟便民生活圈", "平价药店", "农村颐养之家", "校园周边交通", "城市书房")
                    .doesNotContain("口袋公园").doesNotContain("背街小巷整治");

            deputy.go(ballot).waitForText("票决已结束");
        }
    }
}
