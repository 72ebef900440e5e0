package cn.congress.web.browser;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class StaffJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void staffLogsInSeesTheChineseDashboardAndLogsOut() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/").find(By.id("login-button"));
            assertThat(browser.path()).isEqualTo("/login");

            browser.login("staff");
            assertThat(browser.text()).contains("机关工作台").contains("王静").contains("通知");
            assertThat(browser.driver().getTitle()).contains("工作台");

            browser.logout();
            assertThat(browser.text()).contains("您已安全退出");
            browser.go("/");
            assertThat(browser.path()).startsWith("/login");
        }
    }

    @Test
    void aWrongPasswordShowsTheChineseMessageAndAForbiddenPageIsExplained() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").type(By.id("username"), "unit").type(By.id("password"), "not-the-password").click(By.id("login-button"));
            browser.waitForText("用户名或密码错误");

            browser.login("unit").go("/admin/users");
            assertThat(browser.find(By.id("error-title")).getText()).isEqualTo("无权访问");
            browser.go("/admin/orgs/999999");
            assertThat(browser.text()).contains("无权访问");
        }
    }

    @Test
    void theDashboardWorksOnAPhone() {
        try (Browser browser = Browser.open(port).phone()) {
            browser.login("deputy");
            assertThat(browser.text()).contains("代表履职工作台");
            assertThat(browser.scrollsHorizontally()).isFalse();
            browser.logout();
        }
    }
}
