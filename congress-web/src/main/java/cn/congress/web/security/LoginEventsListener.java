package cn.congress.web.security;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.LoginLocks;
import cn.congress.domain.shared.Actor;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Audits every login attempt and counts failures: per (username, address) for the 等保 lock, per username and
 * per address for the throttle.
 */
@Component
@RequiredArgsConstructor
class LoginEventsListener {

    private final AccountService accounts;
    private final LoginLocks locks;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        accounts.recordSuccessfulLogin(principal.getUsername());
        if (ip(auth) != null) {
            locks.recordSuccess(principal.getUsername(), ip(auth));
        }
        auditLog.recordAs(new Actor(principal.getAccountId(), principal.getUsername(), principal.getDisplayName(), ip(auth)),
                AuditAction.LOGIN_SUCCESS, "UserAccount", principal.getAccountId(), "登录成功", null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName() == null ? "" : auth.getName().trim().toLowerCase();
        String ip = ip(auth) == null ? "" : ip(auth);
        Actor actor = new Actor(null, username.isEmpty() ? "(空)" : username, null, ip(auth));
        auditLog.recordAs(actor, AuditAction.LOGIN_FAILURE, "UserAccount", null, "登录失败：" + reason(event),
                null, Map.of("reason", event.getException().getClass().getSimpleName()));
        throttle.recordFailure(username, ip);
        locks.recordFailure(username, ip);
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException().getClass().getSimpleName()) {
            case "BadCredentialsException" -> "用户名或密码错误";
            case "LockedException" -> "账户已锁定";
            case "DisabledException" -> "账户已停用";
            default -> event.getException().getClass().getSimpleName();
        };
    }

    private static String ip(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
