package cn.congress.web.publicsite;

import cn.congress.domain.shared.SourceVersions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Rendered public pages reused for anonymous readers while the data behind them is unchanged. A published draft or a
 * regulation in the news is read by many people at once, and rendering the page (not the query) is most of what
 * each reading costs. Each cached page belongs to an area whose version PostgreSQL bumps in every transaction that
 * changes one of its source tables ({@link SourceVersions}): a reading checks the version with one primary-key
 * look-up and renders afresh when it moved, so a change is visible exactly when it commits, on every instance,
 * whoever wrote it and by whatever path. Pages are also keyed by the day, since a page may say what
 * is in force today.
 * <p>
 * Only what is the same for every anonymous reader is kept: GET requests of anonymous readers without a session (a
 * logged-in user or a form's CSRF token has one; flash messages live in it), answers 200 in HTML that created no session and set no
 * cookie. Which paths are cached, and from which area, is stated in {@link #AREAS}; a page whose data comes from
 * tables its area does not cover must not be added there.
 */
@Component
public class PublicPageCache extends OncePerRequestFilter {

    /** Pages kept per area at most; past it the area starts again (searches are the open-ended part). */
    static final int MAX_PAGES_PER_AREA = 500;

    private static final Map<Pattern, String> AREAS = Map.of(
            Pattern.compile("/public/regulations(/\\d+)?"), "regulations",
            Pattern.compile("/public/suggestions"), "suggestions");

    private record Page(long version, LocalDate day, String contentType, String contentLanguage, byte[] body) {
    }

    private final SourceVersions versions;
    private final Clock clock;
    private final Map<String, Map<String, Page>> byArea = new ConcurrentHashMap<>();

    PublicPageCache(SourceVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !anonymousWithoutSession(request);
    }

    private static boolean anonymousWithoutSession(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null || request.getSession(false) != null) {
            return false;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String area = area(request);
        if (area == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long version = versions.of(area);
        LocalDate today = LocalDate.now(clock);
        Map<String, Page> pages = byArea.computeIfAbsent(area, a -> new ConcurrentHashMap<>());
        Page page = pages.get(key);
        if (page != null && page.version() == version && page.day().equals(today)) {
            response.setContentType(page.contentType());
            if (page.contentLanguage() != null) {
                response.setHeader("Content-Language", page.contentLanguage());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (rendering.getStatus() == 200 && rendering.getContentType() != null && rendering.getContentType().startsWith("text/html")
                && request.getSession(false) == null && !rendering.containsHeader("Set-Cookie")) {
            if (pages.size() >= MAX_PAGES_PER_AREA) {
                pages.clear();
            }
            // stored under the version read before rendering: a change committed meanwhile makes the next reading render again
            pages.put(key, new Page(version, today, rendering.getContentType(), rendering.getHeader("Content-Language"),
                    rendering.getContentAsByteArray()));
        }
        rendering.copyBodyToResponse();
    }

    /** The path and the parameters as the application reads them (sorted, each length-prefixed, so no two differ only in spelling). */
    private static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI());
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            key.append('|').append(name.length()).append(':').append(name);
            for (String value : values) {
                key.append('=').append(value.length()).append(':').append(value);
            }
        });
        return key.toString();
    }

    private static String area(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Map.Entry<Pattern, String> e : AREAS.entrySet()) {
            if (e.getKey().matcher(path).matches()) {
                return e.getValue();
            }
        }
        return null;
    }
}
