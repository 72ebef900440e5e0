package cn.congress.web.browser;

import cn.congress.domain.account.Totp;
import cn.congress.web.demo.DemoAccounts;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded browser)
 * driving the application under test. Waits are explicit conditions, never sleeps.
 * <p>
 * Without Chromium installed the browser tests are skipped, unless {@code CONGRESS_REQUIRE_BROWSER=true}
 * (set by CI), in which case they fail.
 */
public final class Browser implements AutoCloseable {

    public static final String PASSWORD = "Demo@2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens a desktop-sized browser on the application at {@code port}; skips the test when no Chromium exists. */
    public static Browser open(int port) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CONGRESS_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "chromium/chromedriver not installed: browser test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    /** A phone-sized window (390×844, like a common smartphone). */
    public Browser phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /**
     * Logs in through the login form with the demo password and waits for the dashboard. The three demo
     * administrators must also give their authenticator code: it is computed from the documented demo secret
     * ({@link DemoAccounts#ADMIN_TOTP_SECRET}) as the phone app would.
     */
    public Browser login(String username) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        click(By.id("login-button"));
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-heading")),
                ExpectedConditions.presenceOfElementLocated(By.id("mfa-code"))));
        if (!driver.findElements(By.id("mfa-code")).isEmpty()) {
            giveDemoAdministratorCode();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-heading")));
        return this;
    }

    /**
     * Types the demo administrator's code. Each time step is accepted once and MockMvc tests of the same JVM log the
     * same administrators in, so the code of the next step is given (the app accepts one step of clock drift); if that
     * step was used already, the code of the step after is given once it is current.
     */
    private void giveDemoAdministratorCode() {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (attempt > 0) {
                long used = java.time.Clock.systemUTC().millis() / 30_000;
                new WebDriverWait(driver, Duration.ofSeconds(35)).until(d -> java.time.Clock.systemUTC().millis() / 30_000 > used);
            }
            java.time.Instant now = java.time.Clock.systemUTC().instant();
            type(By.id("mfa-code"), Totp.code(DemoAccounts.ADMIN_TOTP_SECRET, now.plusSeconds(30)));
            WebElement form = driver.findElement(By.id("mfa-verify"));
            click(By.id("mfa-verify"));
            wait.until(ExpectedConditions.stalenessOf(form));
            wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-heading")),
                    ExpectedConditions.presenceOfElementLocated(By.id("mfa-code"))));
            if (driver.findElements(By.id("mfa-code")).isEmpty()) {
                return;
            }
        }
    }

    /** Logs out through the user menu (the collapsed menu on a phone is opened first). */
    public Browser logout() {
        openMenuIfCollapsed();
        click(By.id("user-menu"));
        click(By.id("logout-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-logout")));
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Clicks the element, finding it afresh on each attempt: a part of the page that htmx refreshes (a live
     * counter) may replace the element between finding and clicking it.
     */
    public Browser click(By by) {
        untilDone(d -> {
            WebElement el = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (el == null) {
                return false;
            }
            // a sticky header or footer of a small window may cover an element at the edge; 'instant', because
            // Bootstrap scrolls smoothly and a click during the animation lands beside the element, again and again
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", el);
            el.click();
            return true;
        });
        return this;
    }

    /** Types into the field, finding it afresh and starting over if the page replaced it meanwhile. */
    public Browser type(By by, String text) {
        untilDone(d -> {
            WebElement el = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            if (el == null) {
                return false;
            }
            el.clear();
            el.sendKeys(text);
            return text.equals(el.getDomProperty("value"));
        });
        return this;
    }

    /**
     * Runs the step until it reports done. An element found an instant before the document changed is stale, and
     * chromedriver then either says so or, racing the new document, answers "does not belong to the document"
     * (seen on clicks and on typing into a login form just loaded): both mean "find it again".
     */
    private void untilDone(java.util.function.Function<WebDriver, Boolean> step) {
        wait.until(d -> {
            try {
                return step.apply(d);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException notYet) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Waits until the page shows {@code text} somewhere in its body. */
    public Browser waitForText(String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            // a bare timeout says nothing about what the page showed instead; the page's address and text usually do
            throw new AssertionError("\"" + text + "\" not shown within 20 s on " + driver.getCurrentUrl() + "; the page shows:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** True when the page is wider than the window (a phone would have to scroll sideways). */
    public boolean scrollsHorizontally() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    /** Accepts the confirmation dialog a {@code data-confirm} button opens. */
    public Browser acceptConfirm() {
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    private void openMenuIfCollapsed() {
        var togglers = driver.findElements(By.cssSelector(".navbar-toggler"));
        if (!togglers.isEmpty() && togglers.get(0).isDisplayed()) {
            togglers.get(0).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
