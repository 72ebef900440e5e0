package cn.congress.legislation.support;

import cn.congress.domain.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Object-level checks of the legislation services, repeated here so that a service called from anywhere refuses a
 * caller without the role: staff (STAFF) run the workflows, members (MEMBER) read. Code running outside a request
 * (demo data, scheduled jobs, event listeners inside a staff request) acts as the system.
 */
public final class LegislationAccess {

    private LegislationAccess() {
    }

    public static void requireStaff() {
        require("ROLE_STAFF");
    }

    public static void requireReader() {
        require("ROLE_STAFF", "ROLE_MEMBER");
    }

    /** The display name recorded in history rows. */
    public static String actorName() {
        Actor actor = Actor.current();
        return actor.displayName() == null ? actor.username() : actor.displayName();
    }

    private static void require(String... authorities) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return;
        }
        if (!(auth instanceof AnonymousAuthenticationToken)) {
            for (var granted : auth.getAuthorities()) {
                for (String a : authorities) {
                    if (a.equals(granted.getAuthority())) {
                        return;
                    }
                }
            }
        }
        throw new AccessDeniedException("无权办理立法事务");
    }
}
