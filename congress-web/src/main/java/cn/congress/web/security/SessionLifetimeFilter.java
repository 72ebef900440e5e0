package cn.congress.web.security;

import cn.congress.domain.account.SecurityRules;
import cn.congress.domain.rules.Rules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;

/**
 * Ends a session after the absolute lifetime of the rules table (default 12 hours, ASVS 7.3.2), however busy it
 * has been. The idle timeout is the servlet container's. Created by the security configuration, not as a bean.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Rules rules;
    private final Clock clock;
    private volatile long cachedHours = -1;
    private volatile long cachedAt;

    SessionLifetimeFilter(Rules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(LoginSuccessHandler.LOGIN_AT) instanceof Long loginAt
                && clock.millis() - loginAt > hours() * 3_600_000L) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Read from the rules at most once a minute: this runs on every request. */
    private long hours() {
        long now = clock.millis();
        if (cachedHours < 0 || now - cachedAt > 60_000) {
            cachedHours = rules.integer(SecurityRules.SESSION_ABSOLUTE_HOURS);
            cachedAt = now;
        }
        return cachedHours;
    }
}
