package cn.congress.web.browser;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page as every role: logs in as each demo account of the README's table, follows every link that account
 * sees (a sample of each page kind) and reports, in one failure, every 4xx/5xx, unresolved label and axe-core
 * WCAG 2.1 A/AA violation. The public pages (anonymously) and the deputy's pages are walked at 320 px, where
 * nothing may scroll sideways.
 */
@WebIntegrationTest
class EveryPageBrowserTest {

    /** The README's demo account table: {@code | `admin` | ADMIN 系统管理员 | ...} gives the account and its role. */
    private static final Pattern ACCOUNT_ROW = Pattern.compile("(?m)^\\| `([a-z0-9]+)` \\| ([A-Z_]+)");
    private static final Set<String> NARROW = Set.of("deputy");

    @LocalServerPort
    int port;

    @Test
    void everyPageAsEveryRoleHasNoErrorUnresolvedLabelOrAccessibilityViolation() throws IOException {
        Map<String, String> accounts = demoAccounts();
        assertThat(accounts).as("demo accounts in the README table").containsKeys("admin", "secadmin", "deputy", "unit");
        long started = System.nanoTime();
        PageWalk walk;
        try (Browser browser = Browser.open(port)) {
            walk = new PageWalk(browser, axe());
            walk.walk("anonymous", "ANONYMOUS", List.of("/public", "/login"), true);
            for (var account : accounts.entrySet()) {
                browser.login(account.getKey());
                walk.walk(account.getKey(), account.getValue(), List.of("/"), NARROW.contains(account.getKey()));
                browser.driver().manage().deleteAllCookies();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        int pages = walk.pagesByVisitor().values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Page walk: %d pages in %d s %s, %d problems%n", pages, seconds, walk.pagesByVisitor(), walk.problems().size());
        Set<String> known = knownProblems();
        List<String> stillOpen = walk.problems().stream().filter(p -> known.contains(normalized(p))).toList();
        List<String> fresh = walk.problems().stream().filter(p -> !known.contains(normalized(p))).toList();
        stillOpen.forEach(p -> System.out.println("Page walk: known defect still open: " + p));
        assertThat(fresh)
                .as("problems found walking every page as every role:%n%s", String.join("\n", fresh))
                .isEmpty();
    }

    /**
     * Defects the walk found when the modules of 2026-11-28 were merged and that were not yet mended at the end of
     * that session (listed in the closing note). The list may only shrink: a problem not on it fails the build.
     * Ids are compared as {@code #}, since demo ids depend on load order.
     */
    private static Set<String> knownProblems() throws IOException {
        try (var in = EveryPageBrowserTest.class.getResourceAsStream("/page-walk-known-problems.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(EveryPageBrowserTest::normalized)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private static String normalized(String problem) {
        return problem.replaceAll("\\d+", "#");
    }

    private static Map<String, String> demoAccounts() throws IOException {
        Path readme = Path.of("..", "README.md");
        Matcher row = ACCOUNT_ROW.matcher(Files.readString(readme, StandardCharsets.UTF_8));
        Map<String, String> accounts = new LinkedHashMap<>();
        while (row.find()) {
            accounts.put(row.group(1), row.group(2));
        }
        return accounts;
    }

    private static String axe() throws IOException {
        try (InputStream in = EveryPageBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core in test resources").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
