package cn.congress.web;

import cn.congress.domain.account.Totp;
import cn.congress.web.demo.DemoAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Requests made as a demo account, with the same principal a real login puts in the session. */
public final class Logins {

    /** Where a login that must still give its authenticator code is sent. */
    public static final String CODE_FORM = "/login/mfa";

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

    /**
     * A completed login of the account: its principal and roles, and both factors (password and authenticator code),
     * as the session holds them after the second step.
     */
    public static RequestPostProcessor as(UserDetailsService users, String username) {
        UserDetails principal = users.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromAuthority("FACTOR_TOTP"));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    /**
     * The current code of a demo administrator's authenticator app ({@link DemoAccounts#ADMIN_TOTP_SECRET}). The app
     * accepts each time step once, and tests log the same administrator in many times within 30 seconds, so the
     * account's last used step is forgotten first; that a code is never accepted twice is proven by
     * {@code TotpTest} and {@code MfaServiceTest}, not here.
     */
    public static String demoAdministratorCode(JdbcTemplate jdbc, String username) {
        jdbc.update("update user_account set totp_last_step = 0 where username = ?", username);
        return Totp.code(DemoAccounts.ADMIN_TOTP_SECRET, Clock.systemUTC().instant());
    }

    /**
     * Completes a password login that was sent to the code form by giving the demo administrator's code; any other
     * login is returned as it is. Returns the logged-in session.
     */
    public static MockHttpSession secondStep(MockMvc mvc, JdbcTemplate jdbc, MvcResult passwordStep) throws Exception {
        MockHttpSession session = (MockHttpSession) passwordStep.getRequest().getSession(false);
        if (!CODE_FORM.equals(passwordStep.getResponse().getRedirectedUrl())) {
            return session;
        }
        String username = passwordStep.getRequest().getParameter("username");
        MvcResult done = mvc.perform(post(CODE_FORM).session(session).with(csrf())
                .param("code", demoAdministratorCode(jdbc, username))).andReturn();
        if (!"/".equals(done.getResponse().getRedirectedUrl())) {
            throw new AssertionError("the demo administrator's code was refused for " + username);
        }
        return session;
    }
}
