package cn.congress.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The authenticator code as a factor of Spring Security 7's multi-factor authorisation. A password login carries
 * {@code FACTOR_PASSWORD} (added by Spring Security); a code from the app adds {@code FACTOR_TOTP}. Every URL rule
 * that asks for a login also asks for both factors when the account must give a code: the three administrators
 * always (等保 8.1.4.1 d: 三员 cannot reach anything with the password alone, so an administrator without an
 * enrolment is sent to enrol), every other account once it has enrolled. A missing factor is Spring Security's
 * {@code FactorAuthorizationDecision}, which the access-denied handler turns into {@link #ENTRY_POINT}.
 * <p>
 * Spring's {@code @EnableMultiFactorAuthentication} is not used because it asks every account for the same factors;
 * here the requirement depends on the account, so the same {@link AllRequiredFactorsAuthorizationManager} is applied
 * through {@code DefaultAuthorizationManagerFactory#setAdditionalAuthorization} only where it is due.
 */
final class SecondFactor {

    static final String AUTHORITY = "FACTOR_TOTP";
    static final String ENROL_PATH = "/account/mfa";

    private static final AuthorizationManager<Object> BOTH_FACTORS = AllRequiredFactorsAuthorizationManager.builder()
            .requireFactor(f -> f.passwordAuthority())
            .requireFactor(f -> f.authority(AUTHORITY))
            .build();

    private SecondFactor() {
    }

    /** Whether this login must show a code: an administrator, or an account that has enrolled. */
    static boolean due(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p && (p.isMfaRequired() || p.isMfaEnabled());
    }

    /** Added to every authenticated URL rule: both factors where a code is due, nothing more elsewhere. */
    static AuthorizationManager<RequestAuthorizationContext> whereDue() {
        return (auth, context) -> due(auth.get()) ? BOTH_FACTORS.authorize(auth, context) : new AuthorizationDecision(true);
    }

    /**
     * The enrolment page: open with the password alone while the account has not enrolled (an administrator must be
     * able to reach it to enrol), with both factors once it has.
     */
    static AuthorizationManager<RequestAuthorizationContext> enrolment() {
        return (auth, context) -> {
            Authentication a = auth.get();
            if (!(a != null && a.isAuthenticated() && a.getPrincipal() instanceof AccountPrincipal p)) {
                return new AuthorizationDecision(false);
            }
            return p.isMfaEnabled() ? BOTH_FACTORS.authorize(auth, context) : new AuthorizationDecision(true);
        };
    }

    /** Whether the current login has given its code. */
    static boolean given(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /** The same authentication with the code factor added (after a code from the app was accepted). */
    static Authentication withCode(Authentication auth, AccountPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>(auth.getAuthorities());
        if (!given(auth)) {
            authorities.add(FactorGrantedAuthority.fromAuthority(AUTHORITY));
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        token.setDetails(auth.getDetails());
        return token;
    }

    /** Where a login without its code is sent: the code form once enrolled, the enrolment page before. */
    static final AuthenticationEntryPoint ENTRY_POINT = new AuthenticationEntryPoint() {
        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean enrolled = auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.isMfaEnabled();
            response.sendRedirect(request.getContextPath() + (enrolled ? MfaLoginController.PATH : ENROL_PATH));
        }
    };
}
