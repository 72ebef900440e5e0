package cn.congress.web.station;

import cn.congress.web.WebIntegrationTest;
import cn.congress.web.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A deputy on a phone records a resident's opinion at the station, turns it into a draft suggestion and files it. */
@WebIntegrationTest
class ReceptionJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static Browser click(Browser browser, By by) {
        var element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return browser.click(by);
    }

    @Test
    void aDeputyRecordsAReceptionOnAPhoneAndTurnsItIntoASuggestion() {
        String stationName = jdbc.queryForObject("select s.name from liaison_station s join user_account u on u.id = s.manager_account_id "
                + "where u.username = 'station'", String.class);
        try (Browser browser = Browser.open(port).phone()) {
            browser.login("deputy").go("/stations/opinions/new");
            new Select(browser.find(By.id("stationId"))).selectByVisibleText(stationName);
            new Select(browser.find(By.id("category"))).selectByValue("TRAFFIC");
            browser.type(By.id("residentName"), "钱多多").type(By.id("residentContact"), "13700001234")
                    .type(By.id("content"), "小区出口没有红绿灯，早高峰车辆和行人抢行，存在安全隐患。");
            click(browser, By.id("save-opinion")).waitForText("接待记录已登记");
            assertThat(browser.path()).matches("/stations/opinions/\\d+");
            assertThat(browser.scrollsHorizontally()).isFalse();
            assertThat(browser.find(By.id("resident")).getText()).contains("钱**").doesNotContain("钱多多").contains("137****1234");

            browser.find(By.id("suggest-title")).clear();
            browser.type(By.id("suggest-title"), "关于在小区出口增设红绿灯的建议");
            click(browser, By.id("suggest-button")).waitForText("已转为代表建议草稿");
            assertThat(browser.find(By.id("opinion-status")).getText()).isEqualTo("已转为代表建议");
            click(browser, By.id("suggestion-link"));
            browser.waitForText("关于在小区出口增设红绿灯的建议");
            assertThat(browser.path()).matches("/suggestions/\\d+");
            assertThat(browser.scrollsHorizontally()).isFalse();
            click(browser, By.id("submit-suggestion")).acceptConfirm().waitForText("建议已提交");
            browser.logout();
        }
        assertThat(jdbc.queryForObject("""
                select g.status from constituent_opinion o join suggestion g on g.id = o.suggestion_id
                where g.title = '关于在小区出口增设红绿灯的建议'""", String.class)).isEqualTo("SUBMITTED");
    }
}
