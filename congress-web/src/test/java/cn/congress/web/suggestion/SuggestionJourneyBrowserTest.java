package cn.congress.web.suggestion;

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

/** A deputy files a suggestion on a phone, staff assign it, the unit answers, the deputy evaluates. */
@WebIntegrationTest
class SuggestionJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Scrolls the element to the middle of the window at once first (Bootstrap makes scrolling smooth, and a click during the animation misses). */
    private static Browser click(Browser browser, By by) {
        var element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return browser.click(by);
    }

    @Test
    void aSuggestionFromFilingToEvaluation() {
        String title = "关于在公交站台增设遮雨棚的建议";
        String path;
        try (Browser browser = Browser.open(port).phone()) {
            browser.login("deputy").go("/suggestions/new");
            browser.type(By.id("title"), title).type(By.id("content"), "雨天候车的市民无处避雨，建议在客流较大的站台增设遮雨棚。");
            new Select(browser.find(By.id("category"))).selectByValue("TRANSPORT");
            click(browser, By.id("save-suggestion")).waitForText("建议草稿已保存");
            path = browser.path();
            assertThat(path).matches("/suggestions/\\d+");
            assertThat(browser.scrollsHorizontally()).isFalse();
            click(browser, By.id("submit-suggestion")).acceptConfirm().waitForText("建议已提交");
            assertThat(browser.find(By.id("suggestion-status")).getText()).isEqualTo("待审查");
            browser.logout();
        }
        String unitName = jdbc.queryForObject("select o.name from user_account u join org_unit o on o.id = u.org_unit_id where u.username = 'unit'", String.class);
        try (Browser browser = Browser.open(port)) {
            browser.login("staff2").go(path);
            click(browser, By.id("accept-button")).waitForText("已登记");
            new Select(browser.find(By.id("leadUnitId"))).selectByVisibleText(unitName);
            click(browser, By.id("assign-button")).waitForText("已交办");
            assertThat(browser.text()).contains("示人大代交〔");
            browser.logout();
        }
        try (Browser browser = Browser.open(port)) {
            browser.login("unit").go("/suggestions");
            click(browser, By.linkText(title));
            new Select(browser.find(By.id("answer-category"))).selectByValue("A");
            browser.type(By.id("answer-text"), "已在客流较大的20个站台增设遮雨棚。");
            click(browser, By.id("answer-button")).waitForText("答复已提交");
            assertThat(browser.find(By.id("suggestion-status")).getText()).isEqualTo("已答复待评价");
            browser.logout();
        }
        try (Browser browser = Browser.open(port).phone()) {
            browser.login("deputy");
            assertThat(browser.text()).contains(title).contains("待评价答复");
            browser.go(path);
            click(browser, By.id("sat-SATISFIED"));
            browser.type(By.id("evaluation-comment"), "办理迅速，很满意。");
            click(browser, By.id("evaluate-button")).waitForText("评价已提交");
            assertThat(browser.find(By.id("suggestion-status")).getText()).isEqualTo("已办结");
            assertThat(browser.find(By.id("timeline")).getText()).contains("提交").contains("交办").contains("答复").contains("办结");
            browser.logout();
        }
    }
}
