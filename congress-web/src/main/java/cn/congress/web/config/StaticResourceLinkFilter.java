package cn.congress.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rewrites the links a page renders to static files into their public form ({@code /webjars/bootstrap/css/…} to the
 * versioned path), in place of Boot's {@link ResourceUrlEncodingFilter} (which backs off for a bean of its type).
 * That filter asked the resource handlers to match every link of every page (four Ant pattern matches each, then the
 * container's URL encoding), although only links under the static prefixes can change and their answer never does
 * while the application runs. Here other links are returned as written — sessions are tracked by cookie only
 * ({@code server.servlet.session.tracking-modes}), so the container would never add a session id to them — and each
 * static link is resolved once.
 */
@Component
class StaticResourceLinkFilter extends ResourceUrlEncodingFilter {

    private static final String[] STATIC_PREFIXES = {"/css/", "/js/", "/img/", "/webjars/"};
    /** Templates name a few dozen static files; a bound keeps a template that builds static links from data harmless. */
    private static final int MAX_REMEMBERED = 1_000;

    private final ObjectProvider<ResourceUrlProvider> resources;
    private final Map<String, String> publicPaths = new ConcurrentHashMap<>();

    StaticResourceLinkFilter(ObjectProvider<ResourceUrlProvider> resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new Links(httpResponse, http.getContextPath()));
        } else {
            chain.doFilter(request, response);
        }
    }

    String publicPath(String lookupPath) {
        String known = publicPaths.get(lookupPath);
        if (known != null) {
            return known;
        }
        // null before the handlers are known (context not refreshed) or for a file that does not exist: not remembered
        String resolved = resources.getObject().getForLookupPath(lookupPath);
        if (resolved == null) {
            return lookupPath;
        }
        if (publicPaths.size() < MAX_REMEMBERED) {
            publicPaths.put(lookupPath, resolved);
        }
        return resolved;
    }

    private static boolean isStatic(String path) {
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private final class Links extends HttpServletResponseWrapper {

        private final String contextPath;

        Links(HttpServletResponse response, String contextPath) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            if (!url.startsWith(contextPath) || !isStatic(url.substring(contextPath.length()))) {
                return url;
            }
            int end = url.length();
            for (char c : new char[]{'?', '#'}) {
                int at = url.indexOf(c, contextPath.length());
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return contextPath + publicPath(url.substring(contextPath.length(), end)) + url.substring(end);
        }
    }
}
