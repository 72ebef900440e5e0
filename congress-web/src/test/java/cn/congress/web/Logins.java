package cn.congress.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Requests made as a demo account, with the same principal a real login puts in the session. */
public final class Logins {

    private Logins() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        UserDetails principal = users.loadUserByUsername(username);
        return user(principal);
    }
}
