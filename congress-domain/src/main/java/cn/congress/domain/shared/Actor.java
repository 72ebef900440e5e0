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

        /** The roles the account held when it logged in. */
        default java.util.Set<cn.congress.domain.account.Role> getRoles() {
            return java.util.EnumSet.noneOf(cn.congress.domain.account.Role.class);
        }

        /** The organisation unit of the account (a unit's or station's data scope), or null. */
        default Long getOrgUnitId() {
            return null;
        }
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
