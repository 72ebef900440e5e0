package cn.congress.web.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Handler lookup that first compares the path with the literal start of each mapping's patterns. For a path with a
 * variable ({@code /public/drafts/42}) Spring finds no direct match and tries every one of the application's ~470
 * mappings in full: the method condition first (the request's method read through a dozen security wrappers), then
 * the pattern — a quarter of a public comment's request CPU. A mapping none of whose patterns begins like the path
 * cannot match, so it is skipped before any condition; the others go through Spring's own matching unchanged.
 * <p>
 * The literal start is compared with the decoded lookup path; a path with percent-escapes is matched the full way,
 * since an escaped letter would match a pattern it does not start like.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    /** Each mapping's literal pattern starts; a mapping not here is always matched in full. */
    private volatile Map<RequestMappingInfo, String[]> starts = Map.of();

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        Map<RequestMappingInfo, String[]> found = new IdentityHashMap<>();
        handlerMethods.keySet().forEach(info -> {
            String[] literal = literalStarts(info);
            if (literal != null) {
                found.put(info, literal);
            }
        });
        starts = found;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        LOOKUP_PATH.set(lookupPath.indexOf('%') < 0 ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            LOOKUP_PATH.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        String[] literal = path == null ? null : starts.get(info);
        if (literal != null && !startsWithAny(path, literal)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean startsWithAny(String path, String[] literal) {
        for (String start : literal) {
            if (path.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** The text of each pattern before its first variable or wildcard; null when the mapping has no path patterns. */
    static String[] literalStarts(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return null;
        }
        return condition.getPatterns().stream().map(PathPattern::getPatternString).map(LiteralPrefixHandlerMapping::literalStart)
                .toArray(String[]::new);
    }

    static String literalStart(String pattern) {
        int end = pattern.length();
        for (char c : new char[]{'{', '*', '?'}) {
            int at = pattern.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return pattern.substring(0, end);
    }
}
