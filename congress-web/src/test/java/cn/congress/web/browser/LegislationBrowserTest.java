package cn.congress.web.browser;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class LegislationBrowserTest {

    static final String FIRST = """
            第一章　总则
            第一条　为了加强城市绿化管理，制定本条例。
            第二条　本条例适用于本市城市绿化活动。
            第二章　附则
            第三条　本条例自公布之日起施行。
            """;

    static final String SECOND = """
            第一章　总则
            第一条　为了规范城市绿化活动，改善生态环境，制定本条例。
            第二条　城市绿化应当坚持生态优先。
            第三条　本条例适用于本市城市绿化活动。
            第二章　附则
            第四条　本条例自公布之日起施行。
            """;

    @LocalServerPort
    int port;

    @Test
    void staffCreateABillSaveTwoVersionsCompareThemAndRecordTheFirstReading() {
        try (Browser browser = Browser.open(port)) {
            browser.login("staff3").go("/legislation/bills/new");
            browser.type(By.id("title"), "示例市城市绿化条例（草案）")
                    .type(By.id("sponsor"), "示例市人民政府")
                    .type(By.id("draftingUnit"), "市城市管理局")
                    .type(By.id("committeeLeader"), "周志远")
                    .type(By.id("governmentLeader"), "陈建华")
                    .click(By.id("save-bill"))
                    .waitForText("已新建法规案");
            assertThat(browser.text()).contains("示例市城市绿化条例（草案）").contains("双组长").contains("起草中");
            String billPath = browser.path();

            saveVersion(browser, "FIRST_READING", FIRST);
            browser.waitForText("文本已保存");
            browser.go(billPath);
            saveVersion(browser, "SECOND_READING", SECOND);
            browser.waitForText("文本已保存");

            browser.go(billPath).click(By.cssSelector("#compare-form button[type=submit]")).waitForText("修改对照表");
            String table = browser.find(By.id("compare-table")).getText();
            assertThat(table).contains("第二条　城市绿化应当坚持生态优先。").contains("第三条　本条例适用于本市城市绿化活动。");
            assertThat(browser.find(By.id("compare-summary")).getText()).contains("修改1条").contains("新增1条");
            assertThat(browser.driver().findElements(By.cssSelector("#compare-table ins"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#compare-table del"))).isNotEmpty();

            browser.go(billPath).click(By.id("step-submit")).waitForText("已提请审议");
            browser.type(By.id("reading-session"), "市十七届人大常委会第三十一次会议")
                    .click(By.id("step-reading"))
                    .waitForText("一审完毕");
            assertThat(browser.find(By.id("bill-status")).getText()).isEqualTo("一审完毕");
            assertThat(browser.find(By.id("timeline")).getText()).contains("一审").contains("市十七届人大常委会第三十一次会议").contains("陈立法");
        }
    }

    private static void saveVersion(Browser browser, String stage, String text) {
        browser.click(By.id("new-version"));
        // choose the stage with the keyboard: a clicked native <select> stays open in headless Chromium and covers the page
        browser.find(By.id("stage")).sendKeys(stage.equals("FIRST_READING") ? "一审稿" : "二审稿");
        browser.type(By.id("body"), text);
        // the long text area pushes the button below the fold; submitting the form is what the button does
        browser.find(By.id("body")).submit();
    }
}
