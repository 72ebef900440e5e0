package cn.congress.web.browser;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** C45 (WCAG 2.1.1): the login form is completed with the keyboard alone, Tab to each field and Enter to send. */
@WebIntegrationTest
class KeyboardLoginBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aPersonLogsInWithTheKeyboardAlone() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").find(By.id("login-button"));
            WebDriver d = browser.driver();
            Actions keys = new Actions(d);
            for (int i = 0; i < 20 && !"username".equals(d.switchTo().activeElement().getAttribute("id")); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertThat(d.switchTo().activeElement().getAttribute("id")).as("Tab reaches the username").isEqualTo("username");
            keys.sendKeys("staff").sendKeys(Keys.TAB).perform();
            assertThat(d.switchTo().activeElement().getAttribute("id")).as("the next Tab is the password").isEqualTo("password");
            keys.sendKeys(Browser.PASSWORD).sendKeys(Keys.ENTER).perform();
            browser.find(By.id("dashboard-heading"));
            assertThat(browser.text()).contains("机关工作台");
        }
    }
}
