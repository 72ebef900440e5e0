package cn.congress.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static AccountPrincipal get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return p;
        }
        throw new IllegalStateException("No logged-in user");
    }
}
