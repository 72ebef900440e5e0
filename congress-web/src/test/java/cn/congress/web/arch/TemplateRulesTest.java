package cn.congress.web.arch;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules on templates and message bundles that ArchUnit cannot see: templates render the actions their view record
 * lists instead of comparing status names or checking roles, form fields show their errors only through
 * {@code fragments/form}, every GET form is the filter bar of {@code fragments/filter}, and a label is defined in
 * exactly one bundle.
 */
class TemplateRulesTest {

    /** {@code == 'SUBMITTED'}, {@code != 'CLOSED'}: a template deciding workflow by a status name. */
    private static final Pattern STATUS_COMPARISON = Pattern.compile("[=!]=\\s*'[A-Z][A-Z_]{2,}'");

    @Test
    void templatesDoNotCompareStatusNames() throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            Matcher m = STATUS_COMPARISON.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(path.substring(path.indexOf("/templates/")) + ": " + m.group());
            }
        }
        assertThat(found).as("status comparisons in templates (the view record should say which actions apply)").isEmpty();
    }

    /** {@code sec:authorize="hasRole('STAFF')"}, {@code ${#authorization.expression(...)}}: a template deciding who may act. */
    private static final Pattern SECURITY_CHECK = Pattern.compile("sec:authorize(-url|-acl)?\\s*=|#authorization\\b");

    /**
     * Which actions a viewer has is the feature's {@code *Access} class's answer, carried by the view record or a model
     * flag ({@code canCreate}), so that a button and the endpoint it leads to decide by the same rule. (The Spring Security
     * dialect is not on the class path; the rule stays so that adding it back does not bring role checks with it.)
     */
    @Test
    void templatesDoNotCheckRolesThemselves() throws IOException {
        List<String> found = linesMatching(SECURITY_CHECK, (name, m) -> false);
        assertThat(found).as("role checks in templates (render from a flag the *Access class sets: view.can(...), canCreate, row.link)")
                .isEmpty();
    }

    private static final Pattern UNESCAPED = Pattern.compile("th:utext\\s*=\\s*\"([^\"]*)\"|\\[\\(");

    /**
     * Everything a template prints is escaped, with one reviewed exception, Thymeleaf's own escaped output kept for
     * reuse: the menus ({@code fragments/nav} per set of roles, {@code MenuHtml}). (Kept fragments, {@code cg:kept},
     * go in through the attribute's processor, not a template expression.) Any other unescaped output
     * must be reviewed and listed here.
     */
    @Test
    void onlyKeptRenderingsArePrintedUnescaped() throws IOException {
        List<String> found = linesMatching(UNESCAPED, (name, m) -> "layout.html".equals(name) && "${navHtml}".equals(m.group(1)));
        assertThat(found).as("unescaped output in templates").isEmpty();
    }

    /** Each template line (as {@code name:line: text}) where {@code pattern} matches and {@code allowed} does not excuse it. */
    private static List<String> linesMatching(Pattern pattern, BiPredicate<String, Matcher> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            String name = path.substring(path.indexOf("/templates/") + "/templates/".length());
            String[] lines = template.getContentAsString(StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = pattern.matcher(lines[i]);
                while (m.find()) {
                    if (!allowed.test(name, m)) {
                        found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        return found;
    }

    /**
     * A form's start tag, across lines; attribute values are skipped whole, so that a {@code >} inside an expression
     * ({@code th:if="${a > 1}"}) does not end the tag.
     */
    private static final Pattern FORM_TAG = Pattern.compile("<form((?:\\s+[^\\s=>/\"']+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD_POST = Pattern.compile("\\smethod\\s*=\\s*[\"']?post\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILTER_BAR = Pattern.compile("\\sth:replace\\s*=\\s*\"~\\{\\s*fragments/filter\\s*::\\s*bar\\s*\\(");

    /**
     * A form that does not post reads by GET (a form without {@code method} does too), and such a form is a filter bar,
     * a period picker or a look-up: it is {@code fragments/filter :: bar}, written once, so that every one keeps its
     * query, labels its fields and resets alike. The bar's own definition is the only GET form written by hand.
     */
    @Test
    void everyGetFormIsTheFilterBar() throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            String name = path.substring(path.indexOf("/templates/") + "/templates/".length());
            if (name.equals("fragments/filter.html")) {
                continue;
            }
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = FORM_TAG.matcher(html);
            while (m.find()) {
                String attributes = m.group(1);
                if (!METHOD_POST.matcher(attributes).find() && !FILTER_BAR.matcher(attributes).find()) {
                    found.add(name + ":" + (html.substring(0, m.start()).split("\n", -1).length) + " " + m.group().replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(found).as("GET forms written by hand (use fragments/filter :: bar)").isEmpty();
    }

    /**
     * Pages are laid out with Thymeleaf's own parameterised fragments (see docs/architecture.md). The layout dialect
     * cost more CPU per page than everything else on it; an attribute of it left behind would now silently do nothing.
     */
    @Test
    void pagesUseTheFragmentLayoutNotTheLayoutDialect() throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            if (text.contains("layout:")) {
                found.add(path.substring(path.indexOf("/templates/")) + ": layout dialect attribute");
            }
            if (path.endsWith("/templates/layout.html") || path.endsWith("/templates/public-layout.html")) {
                if (text.contains("th:ref=")) {
                    found.add(path.substring(path.indexOf("/templates/")) + ": a layout must not define th:ref (a page's ~{::name} would pick it)");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * An error shown by hand ({@code invalid-feedback}, {@code th:errors}, a message under {@code #fields.hasErrors}) misses
     * what the fragment gives every field: the error tied to its input by aria-describedby and aria-invalid.
     */
    private static final Pattern HAND_WRITTEN_ERROR = Pattern.compile("invalid-feedback|th:errors|#fields\\.(hasErrors|errors|hasAnyErrors|allErrors)\\(");

    @Test
    void formFieldsShowTheirErrorsOnlyThroughTheFormFragment() throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            if (path.contains("/templates/fragments/")) {
                continue;
            }
            String[] lines = template.getContentAsString(StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = HAND_WRITTEN_ERROR.matcher(lines[i]);
                if (m.find()) {
                    found.add(path.substring(path.indexOf("/templates/")) + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("errors displayed by hand instead of fragments/form :: field, select, check, choices").isEmpty();
    }

    @Test
    void aMessageKeyIsDefinedInOneBundleOnly() throws IOException {
        Map<String, List<String>> where = new TreeMap<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                where.computeIfAbsent(key, k -> new ArrayList<>()).add(bundle.getFilename());
            }
        }
        Map<String, List<String>> twice = new TreeMap<>();
        where.forEach((key, bundles) -> {
            if (bundles.size() > 1) {
                twice.put(key, bundles);
            }
        });
        assertThat(twice).as("keys defined in more than one bundle").isEmpty();
    }
}
