package cn.congress.web.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every link a visitor sees, breadth first from the start pages, and checks each page it opens: no 5xx, no
 * unresolved {@code ??key??} label, no axe-core WCAG 2.1 A/AA violation and, in a narrow walk, no sideways scroll at
 * 320 CSS pixels. Pages of one kind (the same path with its ids replaced by {@code {id}}) are sampled, not all
 * opened, so the walk stays bounded however much data there is. Problems are collected, never thrown.
 */
final class PageWalk {

    static final int SAMPLES_PER_KIND = 2;
    /** A bound against a link generator gone wrong, well above the page kinds of the busiest role. */
    static final int MAX_PAGES_PER_VISITOR = 500;

    private static final Pattern UNRESOLVED_LABEL = Pattern.compile("\\?\\?[^?\\s<>\"']{1,100}\\?\\?");
    /** A numeric id or a key such as {@code suggestion.answer-months} (the rules' keys) stands for its record. */
    private static final Pattern ID_SEGMENT = Pattern.compile("/(\\d+|[a-z0-9-]+\\.[a-z0-9.-]+)(?=/|$)");
    /** Downloads (exports, documents), leaving the session, and anchors are not pages to walk. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(/export|\\.xlsx|\\.docx|\\.pdf|[?&]export|[?&]format=|/documents/\\d+|^/logout|^/webjars/|^/css/|^/js/|^/img/)");

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '×): '
                     + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));
            """;
    private static final String NAVIGATION_STATUS = """
            const nav = performance.getEntriesByType('navigation')[0];
            return nav && nav.responseStatus ? nav.responseStatus : 0;
            """;
    private static final String OVERFLOW = """
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return null;
            const wide = [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.table-responsive'))
                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
            return root.scrollWidth + 'px wide: ' + wide.join(', ');
            """;

    private static final String LINKS = """
            return [...document.querySelectorAll('a[href]')].filter(a => !a.hasAttribute('download')).map(a => a.href);
            """;

    private final Browser browser;
    private final String axeSource;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> pagesByVisitor = new LinkedHashMap<>();
    private final Set<String> scanned = new HashSet<>();
    private final Set<String> walkedKinds = new HashSet<>();
    private final Map<String, String> firstVisitorOfRole = new HashMap<>();

    PageWalk(Browser browser, String axeSource) {
        this.browser = browser;
        this.axeSource = axeSource;
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * Walks from {@code start} as whoever is logged in now; {@code narrow} also checks reflow at 320 px. Accounts of
     * the same {@code role} see the same markup: axe scans a page kind once per role, errors and labels every time.
     */
    void walk(String visitor, String role, List<String> start, boolean narrow) {
        if (narrow) {
            cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 720, "deviceScaleFactor", 1, "mobile", true));
        }
        long started = System.nanoTime();
        int problemsBefore = problems.size();
        boolean repeatOfRole = !firstVisitorOfRole.computeIfAbsent(role, r -> visitor).equals(visitor);
        try {
            Deque<String> queue = new ArrayDeque<>(start);
            Set<String> seen = new HashSet<>(start);
            Map<String, Integer> samples = new HashMap<>();
            int opened = 0;
            while (!queue.isEmpty() && opened < MAX_PAGES_PER_VISITOR) {
                String path = queue.poll();
                int sample = samples.merge(kind(path), 1, Integer::sum);
                // a further account of a role (staff2, staff3) opens one page of each kind the role's first account walked
                boolean walkedBefore = repeatOfRole && walkedKinds.contains(role + " " + kind(path));
                if (sample > (walkedBefore ? 1 : SAMPLES_PER_KIND)) {
                    continue;
                }
                if (!repeatOfRole) {
                    walkedKinds.add(role + " " + kind(path));
                }
                opened++;
                // the second sample of a kind has the same markup with other data: errors and labels only
                for (String link : check(visitor, path, narrow, sample == 1 && scanned.add(role + " " + kind(path)))) {
                    if (seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
            pagesByVisitor.put(visitor, opened);
            System.out.printf("Page walk as %s: %d pages, %d problems, %d ms%n", visitor, opened, problems.size() - problemsBefore,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (narrow) {
                cdp("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    Map<String, Integer> pagesByVisitor() {
        return pagesByVisitor;
    }

    /** The page kind: the path without query, numeric ids replaced. */
    static String kind(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return ID_SEGMENT.matcher(bare).replaceAll("/{id}");
    }

    private List<String> check(String visitor, String path, boolean narrow, boolean scan) {
        WebDriver driver = browser.driver();
        browser.go(path);
        String where = visitor + " " + path;
        long status = ((Number) js().executeScript(NAVIGATION_STATUS)).longValue();
        if (status >= 400) {
            // a 4xx here is a link shown to someone who may not follow it
            problem(where + ": HTTP " + status);
            return List.of();
        }
        String source = driver.getPageSource();
        Matcher unresolved = UNRESOLVED_LABEL.matcher(source);
        Set<String> labels = new TreeSet<>();
        while (unresolved.find()) {
            labels.add(unresolved.group());
        }
        if (!labels.isEmpty()) {
            problem(where + ": unresolved labels " + labels);
        }
        if (scan) {
            js().executeScript(axeSource);
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) js().executeAsyncScript(AXE_RUN);
            violations.forEach(v -> problem(where + ": axe " + v));
        }
        if (narrow) {
            Object overflow = js().executeScript(OVERFLOW);
            if (overflow != null) {
                problem(where + ": scrolls sideways at 320 px (" + overflow + ")");
            }
        }
        return links();
    }

    /** Collected for the one failure at the end, and printed at once so a long walk shows what it finds as it goes. */
    private void problem(String problem) {
        problems.add(problem);
        System.out.println("Page walk problem: " + problem);
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        String base = browser.driver().getCurrentUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
        List<String> links = new ArrayList<>();
        for (String href : (List<String>) js().executeScript(LINKS)) {
            if (!href.startsWith(base + "/")) {
                continue;
            }
            String path = href.substring(base.length());
            int anchor = path.indexOf('#');
            if (anchor >= 0) {
                path = path.substring(0, anchor);
            }
            if (!path.isEmpty() && !NOT_A_PAGE.matcher(path).find()) {
                links.add(path);
            }
        }
        return links;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void cdp(String command, Map<String, Object> parameters) {
        ((HasCdp) browser.driver()).executeCdpCommand(command, parameters);
    }
}
