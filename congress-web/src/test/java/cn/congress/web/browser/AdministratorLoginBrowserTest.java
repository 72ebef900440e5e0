package cn.congress.web.browser;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login path the page walk takes for the three administrators: password, then the authenticator code computed
 * from the demo secret by {@link Browser#login}, then their own pages. Twice in a row for one administrator, so the
 * second login cannot reuse the first one's time step.
 */
@WebIntegrationTest
class AdministratorLoginBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachDemoAdministratorLogsInWithTheAuthenticatorCodeAndReachesTheirPages() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").type(By.id("username"), "admin").type(By.id("password"), Browser.PASSWORD).click(By.id("login-button"));
            browser.find(By.id("mfa-code"));
            assertThat(browser.path()).isEqualTo("/login/mfa");
            browser.go("/admin/users");
            assertThat(browser.path()).as("nothing opens before the code").isEqualTo("/login/mfa");
            browser.driver().manage().deleteAllCookies();

            for (String admin : new String[]{"admin", "secadmin", "auditor", "admin"}) {
                browser.login(admin);
                assertThat(browser.text()).contains("工作台");
                browser.driver().manage().deleteAllCookies();
            }
            browser.login("auditor").go("/admin/audit");
            assertThat(browser.path()).isEqualTo("/admin/audit");
        }
    }
}
