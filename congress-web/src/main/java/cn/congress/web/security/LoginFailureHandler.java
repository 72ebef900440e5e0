package cn.congress.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Sends every failed login back to the form with one and the same message, whatever the reason (unknown user,
 * wrong password, disabled account, locked address): the answer tells nobody which usernames exist. When the
 * limits now ask for a CAPTCHA, the next form shows one.
 */
@Component
@RequiredArgsConstructor
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (throttle.captchaRequired(LoginThrottleFilter.normalized(request.getParameter("username")), request.getRemoteAddr())) {
            request.getSession().setAttribute(LoginCaptcha.REQUIRED, Boolean.TRUE);
        }
        redirect.sendRedirect(request, response, "/login?error");
    }
}
