package cn.congress.web.security;

import jakarta.servlet.http.HttpServletRequest;
import cn.congress.web.security.guard.Captcha;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** What the login page needs of the CAPTCHA: a fresh challenge when this browser's next attempt must solve one. */
@Component
@RequiredArgsConstructor
public class LoginCaptcha {

    /** The session flag: this browser's next login attempt must solve the CAPTCHA. */
    static final String REQUIRED = "congress.captcha.login.required";

    private final Captcha captcha;

    /** The text question of a new challenge, or null when no CAPTCHA is asked. */
    public String questionIfRequired(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(REQUIRED) == null) {
            return null;
        }
        return captcha.issue(session, Captcha.LOGIN).question();
    }
}
