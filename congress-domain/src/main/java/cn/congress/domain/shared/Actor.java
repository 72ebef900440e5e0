package cn.congress.domain.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting right now, as the audit log and the created/updated-by columns need it.
 * Outside a request (scheduled jobs, demo data) the actor is the system.
 */
public record Actor(Long accountId, String username, String displayName, String ip) {

    public static final String SYSTEM = "system";

    /** Implemented by the web layer's authenticated principal. */
    public interface Principal {
        Long getAccountId();

        String getUsername();

        String getDisplayName();
    }

    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String ip = RequestOrigin.current();
        if (auth != null && auth.getPrincipal() instanceof SystemTask.SystemPrincipal) {
            return new Actor(null, SYSTEM, "系统", ip);
        }
        if (auth != null && auth.getPrincipal() instanceof Principal p) {
            return new Actor(p.getAccountId(), p.getUsername(), p.getDisplayName(), ip);
        }
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            return new Actor(null, auth.getName(), auth.getName(), ip);
        }
        return new Actor(null, ip == null ? SYSTEM : "anonymous", ip == null ? "系统" : "匿名访客", ip);
    }
}
