package cn.congress.web.security;

import cn.congress.domain.account.SecurityRules;
import cn.congress.domain.rules.Rules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * After a login: the CAPTCHA state is cleared, the login time kept for the absolute session lifetime, and a
 * password close to its expiry announced on the first page. An account that must give a code goes on to the code
 * form, an administrator without an enrolment to the enrolment page.
 */
@Component
@RequiredArgsConstructor
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    static final String LOGIN_AT = "congress.loginAt";

    private final Rules rules;
    private final Clock clock;

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var session = request.getSession();
        session.removeAttribute(LoginCaptcha.REQUIRED);
        session.setAttribute(LOGIN_AT, clock.millis());
        if (authentication.getPrincipal() instanceof AccountPrincipal p && p.getPasswordExpiresAt() != null && !p.isMustChangePassword()) {
            long daysLeft = Duration.between(clock.instant(), p.getPasswordExpiresAt()).toDays();
            if (daysLeft < rules.integer(SecurityRules.PASSWORD_WARNING_DAYS)) {
                var flash = RequestContextUtils.getOutputFlashMap(request);
                flash.put("message", "您的密码将于" + LocalDate.ofInstant(p.getPasswordExpiresAt(), ZoneId.of("Asia/Shanghai"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日")) + "到期，请及时修改。");
                RequestContextUtils.saveOutputFlashMap("/", request, response);
            }
        }
        if (SecondFactor.due(authentication)) {
            // The password is the first factor only: no page opens until the code is given (or, for an administrator
            // who has not enrolled yet, until the authenticator app is enrolled).
            boolean enrolled = ((AccountPrincipal) authentication.getPrincipal()).isMfaEnabled();
            response.sendRedirect(request.getContextPath() + (enrolled ? MfaLoginController.PATH : SecondFactor.ENROL_PATH));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
