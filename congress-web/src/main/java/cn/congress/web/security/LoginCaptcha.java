package cn.congress.web.security;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** What the login page needs of the CAPTCHA: a fresh challenge when this browser's next attempt must solve one. */
@Component
@RequiredArgsConstructor
public class LoginCaptcha {

    private final Captcha captcha;

    /** The text question of a new challenge, or null when no CAPTCHA is asked. */
    public String questionIfRequired(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(Captcha.REQUIRED) == null) {
            return null;
        }
        return captcha.newChallenge(session);
    }
}
