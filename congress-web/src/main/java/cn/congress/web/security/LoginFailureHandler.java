package cn.congress.web.security;

import cn.congress.domain.account.UserAccountRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;

/**
 * Sends a failed login back to the form with the reason. An unknown user and a wrong password share one
 * message; a locked account says so (also when this very attempt locked it), as its owner must wait.
 */
@Component
@RequiredArgsConstructor
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        boolean locked = username != null && accounts.findByUsername(username.trim().toLowerCase())
                .map(a -> a.isLockedAt(clock.instant())).orElse(false);
        String reason = locked ? "locked" : exception instanceof DisabledException ? "disabled" : "error";
        redirect.sendRedirect(request, response, "/login?" + reason);
    }
}
