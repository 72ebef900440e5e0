package cn.congress.web.browser;

import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class PublicCommentBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsultationQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonOnAPhoneCommentsOnArticleThreeLooksItUpAndSeesTheDecisionAfterStaffAdoptIt() {
        ConsultationRow dogs = queries.publicOpen().stream().filter(c -> c.title().contains("养犬")).findFirst().orElseThrow();
        String text = "手机上提交：建议第三条写明社区参与养犬管理的方式。";
        String code;
        try (Browser browser = Browser.open(port)) {
            browser.phone().go("/public/drafts");
            assertThat(browser.text()).contains("养犬管理条例");
            // straight to the open consultation: other tests of the shared database may list more drafts of the same bill
            browser.go("/public/drafts/" + dogs.id());
            browser.waitForText("提出意见");
            assertThat(browser.text()).as("the open draft offers a comment on each article").contains("对第三条提意见");
            assertThat(browser.scrollsHorizontally()).isFalse();
            browser.click(By.id("comment-a3"));
            assertThat(browser.find(By.id("articleNo")).getAttribute("value")).isEqualTo("3");
            assertThat(browser.find(By.id("consent1")).isSelected()).isFalse();
            browser.type(By.id("body"), text);
            browser.find(By.id("body")).submit();
            browser.waitForText("意见已提交");
            code = browser.find(By.id("receipt-code")).getText();
            assertThat(browser.find(By.id("receipt-decision")).getText()).contains("正在研究处理中");
            assertThat(browser.scrollsHorizontally()).isFalse();

            browser.go("/login");
            browser.login("staff3");
            browser.go("/legislation/bills/" + dogs.billId() + "/comments?article=3&consultation=" + dogs.id());
            long id = jdbc.queryForObject("select id from draft_comment where receipt = ?", Long.class, code);
            browser.find(By.id("d" + id)).sendKeys("采纳");
            browser.type(By.id("r" + id), "已在第三条增加社区参与的规定");
            browser.find(By.id("r" + id)).submit();
            browser.waitForText("处理结果已保存");
            browser.logout();

            browser.go("/public/drafts/receipt");
            browser.type(By.id("f-code"), code);
            browser.click(By.cssSelector("#lookup-form button[type=submit]"));
            browser.waitForText("回执号");
            assertThat(browser.find(By.id("receipt-body")).getText()).isEqualTo(text);
            assertThat(browser.find(By.id("receipt-decision")).getText()).contains("采纳").contains("已在第三条增加社区参与的规定");
        }
    }
}
