package cn.congress.web.security;

import cn.congress.web.security.guard.Captcha;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.LoginLocks;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Stands before the password check of {@code POST /login}: an address that guesses too fast is told to slow down,
 * one past the limits must solve the CAPTCHA, a (username, address) pair under the 等保 lock and a password
 * longer than BCrypt's 72 bytes fail with the same message as a wrong password. All of it is audited. Created by
 * the security configuration, not as a bean, so that it is not also registered as a plain servlet filter.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final LoginLocks locks;
    private final Captcha captcha;
    private final AuditLog auditLog;

    LoginThrottleFilter(LoginThrottle throttle, LoginLocks locks, Captcha captcha, AuditLog auditLog) {
        this.throttle = throttle;
        this.locks = locks;
        this.captcha = captcha;
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = normalized(request.getParameter("username"));
        String ip = request.getRemoteAddr();
        LoginThrottle.Verdict verdict = throttle.check(username, ip);
        if (verdict == LoginThrottle.Verdict.SLOW_DOWN) {
            audit(username, ip, AuditAction.LOGIN_THROTTLED, "登录尝试过于频繁，已要求放慢");
            response.sendRedirect(request.getContextPath() + "/login?slow");
            return;
        }
        if (verdict == LoginThrottle.Verdict.CAPTCHA && !captcha.check(request.getSession(false), Captcha.LOGIN, request.getParameter("captcha"))) {
            request.getSession().setAttribute(LoginCaptcha.REQUIRED, Boolean.TRUE);
            audit(username, ip, AuditAction.CAPTCHA_FAILED, "登录须先通过验证码，未通过");
            response.sendRedirect(request.getContextPath() + "/login?captcha");
            return;
        }
        throttle.recordAttempt(ip);
        String reason = locks.isLocked(username, ip) ? "来源地址已锁定"
                : AccountService.tooLongForBcrypt(request.getParameter("password")) ? "密码超过72字节" : null;
        if (reason != null) {
            throttle.recordFailure(username, ip);
            locks.recordFailure(username, ip);
            audit(username, ip, AuditAction.LOGIN_FAILURE, "登录失败：" + reason);
            if (throttle.captchaRequired(username, ip)) {
                request.getSession().setAttribute(LoginCaptcha.REQUIRED, Boolean.TRUE);
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private void audit(String username, String ip, AuditAction action, String summary) {
        auditLog.recordAs(new Actor(null, username.isEmpty() ? "(空)" : username, null, ip), action, "UserAccount", null, summary, null, null);
    }

    static String normalized(String username) {
        String u = username == null ? "" : username.trim().toLowerCase();
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
