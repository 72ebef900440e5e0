package cn.congress.domain.session;

import cn.congress.domain.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;

/**
 * Role checks of the committee's services, made in the service layer as well as by the URL rules. Code running
 * outside any request (the demo-data loader, scheduled jobs) has no authentication and acts as the system.
 */
public final class Permissions {

    private Permissions() {
    }

    public static boolean has(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            if (role.authority().equals(a.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSystem() {
        return SecurityContextHolder.getContext().getAuthentication() == null;
    }

    /** Refuses unless the current user holds one of the roles (or the system acts). */
    public static void require(String what, Role... roles) {
        if (isSystem() || Arrays.stream(roles).anyMatch(Permissions::has)) {
            return;
        }
        throw new AccessDeniedException("无权" + what);
    }
}
