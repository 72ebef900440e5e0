package cn.congress.web.oversight;

import cn.congress.web.WebIntegrationTest;
import cn.congress.web.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit user on a phone reports rectification with evidence; staff close the item; the topic page shows it closed. */
@WebIntegrationTest
class RectificationBrowserTest {

    private static final String ITEM = "矿区周边村庄道路和排水设施破损";

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
    void aUnitReportsOnAPhoneStaffCloseAndTheTopicShowsItClosed() throws IOException {
        Path evidence = Files.createTempFile("整改佐证", ".txt");
        Files.writeString(evidence, "村庄道路和排水设施已修复，附验收记录。", StandardCharsets.UTF_8);
        String path;
        try (Browser browser = Browser.open(port).phone()) {
            browser.login("unit").go("/oversight/problems");
            assertThat(browser.scrollsHorizontally()).isFalse();
            click(browser, By.linkText(ITEM));
            path = browser.path();
            browser.type(By.id("measuresTaken"), "完成12公里村道修复和排水管网改造，已通过验收");
            browser.find(By.id("evidence-file")).sendKeys(evidence.toAbsolutePath().toString());
            click(browser, By.id("submit-for-verification")).waitForText("整改情况已报送");
            assertThat(browser.find(By.id("problem-status")).getText()).isEqualTo("待核查销号");
            assertThat(browser.find(By.id("evidence")).getText()).contains(".txt");
            assertThat(browser.scrollsHorizontally()).isFalse();
            browser.logout();
        } finally {
            Files.deleteIfExists(evidence);
        }
        try (Browser browser = Browser.open(port)) {
            browser.login("staff").go(path);
            click(browser, By.id("close-item")).acceptConfirm().waitForText("已销号");
            assertThat(browser.find(By.id("problem-status")).getText()).isEqualTo("已销号");
            assertThat(browser.find(By.id("problem-timeline")).getText()).contains("整改完成，申请销号").contains("核查销号");
            click(browser, By.partialLinkText("矿区环境综合治理"));
            String row = browser.find(By.xpath("//table[@id='topic-problems']//tr[td/a[text()='" + ITEM + "']]")).getText();
            assertThat(row).contains("已销号");
            browser.logout();
        }
    }
}
