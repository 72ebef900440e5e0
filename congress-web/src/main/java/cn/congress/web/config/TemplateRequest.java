package cn.congress.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafView;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The request as a page's rendering sees it. Thymeleaf keeps the model and every {@code th:with} and {@code th:each}
 * variable as request attributes, set on entering an element and restored on leaving it: on a list page thousands of
 * calls, each through Spring Security's and the container's request wrappers down to Tomcat's attribute map and its
 * listeners (under load a tenth of the page). Here what the rendering sets lives in a map of its own and is read from
 * there first; every other attribute (the CSRF token, the container's error attributes) reads through to the request,
 * which the rendering leaves as it found it.
 */
final class TemplateRequest extends HttpServletRequestWrapper {

    /** Marks an attribute the rendering removed, so that the request's own value of that name is hidden too. */
    private static final Object REMOVED = new Object();

    private final Map<String, Object> set = new HashMap<>();

    TemplateRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = set.get(name);
        if (value == null) {
            return super.getAttribute(name);
        }
        return value == REMOVED ? null : value;
    }

    @Override
    public void setAttribute(String name, Object value) {
        set.put(name, value == null ? REMOVED : value);
    }

    @Override
    public void removeAttribute(String name) {
        set.put(name, REMOVED);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
        set.forEach((name, value) -> {
            if (value == REMOVED) {
                names.remove(name);
            } else {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }

    /** Thymeleaf's view, rendering with the request above. */
    public static class View extends ThymeleafView {

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            super.render(model, new TemplateRequest(request), response);
        }
    }
}
