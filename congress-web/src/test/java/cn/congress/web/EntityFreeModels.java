package cn.congress.web;

import jakarta.persistence.Entity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fails every request of every web test whose page model holds a JPA entity: directly, in a collection, a Spring Data
 * page, a map or a record (pages get read-model records, docs/architecture.md). With open-session-in-view off, an
 * entity in a template is a LazyInitializationException waiting for the next property a template reads.
 */
class EntityFreeModels implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Object> e : mav.getModel().entrySet()) {
            if (e.getKey().startsWith("org.springframework.")) {
                continue;
            }
            String found = entityIn(e.getValue(), seen, 0);
            if (found != null) {
                throw new IllegalStateException("Page " + mav.getViewName() + " receives an entity in model attribute '" + e.getKey()
                        + "': " + found + " (pages get read-model records)");
            }
        }
    }

    private static String entityIn(Object value, Set<Object> seen, int depth) {
        if (value == null || depth > 4 || value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value instanceof Boolean || !seen.add(value)) {
            return null;
        }
        Class<?> type = Hibernate.getClass(value);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                return type.getName();
            }
        }
        if (value instanceof Page<?> page) {
            return first(page.getContent(), seen, depth);
        }
        if (value instanceof Iterable<?> items) {
            return first(items, seen, depth);
        }
        if (value instanceof Map<?, ?> map) {
            String inKeys = first(map.keySet(), seen, depth);
            return inKeys != null ? inKeys : first(map.values(), seen, depth);
        }
        if (value instanceof Map.Entry<?, ?> entry) {
            String inKey = entityIn(entry.getKey(), seen, depth + 1);
            return inKey != null ? inKey : entityIn(entry.getValue(), seen, depth + 1);
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                try {
                    var accessor = rc.getAccessor();
                    accessor.setAccessible(true); // form and view records are often package-private
                    String found = entityIn(accessor.invoke(value), seen, depth + 1);
                    if (found != null) {
                        return found;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static String first(Iterable<?> items, Set<Object> seen, int depth) {
        for (Object item : items) {
            String found = entityIn(item, seen, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
