package cn.congress.web.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fragments whose markup is a pure function of the values they are given, rendered by Thymeleaf once per distinct
 * set of values and kept ({@code cg:kept}, {@link CongressDialect}). A list's rows and a filter's choice options are
 * the same for many requests: the staff's suggestion list spent a fifth of its time on its twenty rows, a filter bar
 * a third on its eighty options, every time, although the rows changed only when their suggestion did.
 * <p>
 * Pure by construction: the fragment renders in a context of its own that holds only its parameters, so it cannot
 * read the request, the viewer or another model value (an expression that tries fails as soon as the page is
 * rendered, in the page walk at the latest), and it is kept under its template, selectors, locale and the values
 * themselves, compared by {@code equals}. The values must therefore be values: records of read models, strings,
 * numbers, dates, enums, or lists of them; an entity, whose {@code equals} is its identity and whose state can
 * change under the same key, is refused. Lists are copied into the key, so that a list changed later does not move
 * its key.
 */
@Component
public class KeptFragments {

    /**
     * Characters kept at most (some 16 MB); past it the cache starts again. A bound, not a policy: the working set (the
     * rows of the pages people open, a filter bar per query) is far smaller, and a search typed afresh each time only
     * makes the cache start again sooner.
     */
    static final long MAX_CHARS = 8_000_000;

    private record Key(String template, Set<String> selectors, Locale locale, Map<String, Object> values) {
    }

    /** Looked up when first needed: the engine holds the dialect that calls here. */
    private final ObjectProvider<SpringTemplateEngine> templates;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    KeptFragments(ObjectProvider<SpringTemplateEngine> templates) {
        this.templates = templates;
    }

    /** The escaped HTML of {@code template :: selectors} rendered with only {@code values} as its variables. */
    public String html(String template, Set<String> selectors, Locale locale, Map<String, Object> values) {
        Map<String, Object> frozen = new TreeMap<>();
        values.forEach((name, value) -> frozen.put(name, frozen(name, value)));
        Key key = new Key(template, Set.copyOf(selectors), locale, Collections.unmodifiableMap(frozen));
        String html = rendered.get(key);
        if (html == null) {
            html = templates.getObject().process(template, selectors, new Context(locale, frozen)).strip();
            if (keptChars.addAndGet(html.length()) > MAX_CHARS) {
                rendered.clear();
                keptChars.set(html.length());
            }
            rendered.putIfAbsent(key, html);
        }
        return html;
    }

    private static Object frozen(String name, Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(frozen(name, element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value == null || value instanceof Record || value instanceof String || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?> || value instanceof TemporalAccessor) {
            return value;
        }
        throw new IllegalArgumentException("cg:kept: '" + name + "' must be a value (a record, text, number, date, enum or a list of them), not "
                + value.getClass().getName());
    }
}
