package cn.congress.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Requests made as a demo account, with the same principal a real login puts in the session. */
public final class Logins {

    private Logins() {
    }

    /**
     * Makes this thread act as the system (as a SystemTask does), for set-up done directly on the services; a MockMvc
     * request clears it, so tests call it again after one.
     */
    public static void asSystem() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        cn.congress.domain.shared.SystemTask.SystemPrincipal.INSTANCE, null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        UserDetails principal = users.loadUserByUsername(username);
        return user(principal);
    }
}
