package cn.congress.web.fiscal;

import cn.congress.web.WebIntegrationTest;
import cn.congress.web.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member reads the execution view with its chart and drills down to a department; the department (住建局, on a
 * phone) answers a warning sent to it, and staff see the answer.
 */
@WebIntegrationTest
class BudgetMonitoringBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Scrolls instantly first: a smooth scroll still running makes the element move under the click. */
    private static Browser click(Browser browser, By by) {
        var element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return browser.click(by);
    }

    @Test
    void aMemberReadsTheExecutionViewAndTheDepartmentAnswersAWarning() {
        try (Browser browser = Browser.open(port)) {
            browser.login("member").go("/fiscal/budget");
            assertThat(browser.find(By.id("execution-heading")).getText()).contains("各部门预算执行情况");
            // ECharts draws the chart as SVG once its script has loaded
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector(".chart[data-chart] svg")).isEmpty());
            String row = browser.find(By.xpath("//table[@id='execution-table']//tr[td/a[text()='示例市住房和城乡建设局']]")).getText();
            assertThat(row).contains("%");
            click(browser, By.linkText("示例市住房和城乡建设局")).waitForText("所属预算单位执行情况");
            assertThat(browser.find(By.id("execution-table")).getText()).contains("市住建局机关");
            browser.logout();
        }
        long warning = jdbc.queryForObject("""
                select w.id from fiscal_warning w join org_unit d on d.id = w.department_id
                where d.code = 'GOV-HOUSING' and w.status = 'SENT' order by w.id limit 1""", Long.class);
        try (Browser browser = Browser.open(port).phone()) {
            browser.login("unit").go("/fiscal/warnings");
            assertThat(browser.scrollsHorizontally()).isFalse();
            browser.go("/fiscal/warnings/" + warning);
            browser.type(By.id("answer"), "上半年项目前期手续办理时间较长，三季度起集中开工，预计年底执行率达到95%以上。");
            click(browser, By.id("submit-answer")).waitForText("情况说明已提交");
            assertThat(browser.find(By.id("warning-status")).getText()).isEqualTo("部门已说明");
            assertThat(browser.find(By.id("warning-answer")).getText()).contains("三季度起集中开工");
            browser.logout();
        }
        try (Browser browser = Browser.open(port)) {
            browser.login("staff").go("/fiscal/warnings/" + warning);
            assertThat(browser.find(By.id("warning-answer")).getText()).contains("三季度起集中开工");
            click(browser, By.id("close-warning")).acceptConfirm().waitForText("预警已办结");
            assertThat(browser.find(By.id("warning-status")).getText()).isEqualTo("已办结");
            browser.logout();
        }
    }
}
