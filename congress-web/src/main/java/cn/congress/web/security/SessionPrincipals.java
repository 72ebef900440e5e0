package cn.congress.web.security;

import cn.congress.domain.account.SecurityRules;
import cn.congress.domain.rules.Rules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Updates the principal kept in the session when the account changes under the logged-in user. */
@Component
@RequiredArgsConstructor
public class SessionPrincipals {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final Rules rules;
    private final Clock clock;

    public void passwordChanged() {
        var expires = clock.instant().plus(Duration.ofDays(rules.integer(SecurityRules.PASSWORD_MAX_AGE_DAYS)));
        replace(p -> p.withPasswordChanged(expires));
    }

    /** The account has just enrolled: the code that confirmed the enrolment is also this login's second factor. */
    public void mfaEnrolled() {
        replace(AccountPrincipal::withMfaEnabled, true);
    }

    /** A code from the app (or a recovery code) was accepted for this login. */
    void secondFactorGiven() {
        replace(UnaryOperator.identity(), true);
    }

    private void replace(UnaryOperator<AccountPrincipal> change) {
        replace(change, false);
    }

    private void replace(UnaryOperator<AccountPrincipal> change, boolean codeGiven) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth.getPrincipal() instanceof AccountPrincipal p)) {
            return;
        }
        AccountPrincipal updated = change.apply(p);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        Authentication token;
        if (codeGiven) {
            token = SecondFactor.withCode(auth, updated);
        } else {
            var same = UsernamePasswordAuthenticationToken.authenticated(updated, null, auth.getAuthorities());
            same.setDetails(auth.getDetails());
            token = same;
        }
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        repository.saveContext(context, request, response);
    }
}
