package cn.congress.web.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

/**
 * The {@code <option>}s of a filter's choice list, rendered by Thymeleaf ({@code fragments/filter :: choice-options})
 * once per list and selected value and kept. A staff list's filter bar offers some eighty options (units,
 * delegations, statuses…) that change only when staff change those lists, yet rendering them was a third of the
 * list page, every time. Kept by content: a list built afresh per request with the same options finds its
 * rendering; a changed list is a new key (the old one goes when the cache starts again at its bound).
 */
@Component
public class ChoiceOptions {

    /** Distinct lists kept at most (each with its rendering per selected value); past it the cache starts again. */
    static final int MAX_LISTS = 1_000;

    /** Looked up when first needed: the engine holds the dialect that calls here ({@link ChoiceOptionsDialect}). */
    private final ObjectProvider<SpringTemplateEngine> templates;
    private final Map<List<Choice>, Map<String, String>> rendered = new ConcurrentHashMap<>();

    ChoiceOptions(ObjectProvider<SpringTemplateEngine> templates) {
        this.templates = templates;
    }

    /**
     * The options of {@code items} (a list of {@link Choice}) with {@code selected} (compared as text) marked, as
     * escaped HTML.
     */
    public String html(Iterable<Choice> items, String selected) {
        List<Choice> choices = items instanceof List<Choice> list ? list : StreamSupport.stream(items.spliterator(), false).toList();
        // a value that is none of the options selects nothing, so it renders as no value: the renderings kept per list
        // stay bounded by its options whatever a request sends
        String current = selected != null && choices.stream().anyMatch(c -> c.value().equals(selected)) ? selected : "";
        Map<String, String> bySelected = rendered.get(choices);
        if (bySelected == null) {
            if (rendered.size() >= MAX_LISTS) {
                rendered.clear();
            }
            bySelected = rendered.computeIfAbsent(List.copyOf(choices), k -> new ConcurrentHashMap<>());
        }
        String html = bySelected.get(current);
        if (html == null) {
            html = templates.getObject().process("fragments/filter", Set.of("choice-options"),
                    new Context(Locale.SIMPLIFIED_CHINESE, Map.of("items", choices, "current", current))).strip();
            bySelected.putIfAbsent(current, html);
        }
        return html;
    }
}
