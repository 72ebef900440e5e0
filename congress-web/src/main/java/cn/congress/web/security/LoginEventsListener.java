package cn.congress.web.security;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.shared.Actor;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Audits every login attempt and keeps the failed-attempt counter that locks an account. */
@Component
@RequiredArgsConstructor
class LoginEventsListener {

    private final AccountService accounts;
    private final AuditLog auditLog;

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        accounts.recordSuccessfulLogin(principal.getUsername());
        auditLog.recordAs(new Actor(principal.getAccountId(), principal.getUsername(), principal.getDisplayName(), ip(auth)),
                AuditAction.LOGIN_SUCCESS, "UserAccount", principal.getAccountId(), "登录成功", null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName() == null ? "" : auth.getName().trim().toLowerCase();
        boolean lockedNow = event.getException() instanceof BadCredentialsException && accounts.recordFailedLogin(username);
        Actor actor = new Actor(null, username.isEmpty() ? "(空)" : username, null, ip(auth));
        auditLog.recordAs(actor, AuditAction.LOGIN_FAILURE, "UserAccount", null, "登录失败：" + reason(event),
                null, Map.of("reason", event.getException().getClass().getSimpleName()));
        if (lockedNow) {
            auditLog.recordAs(actor, AuditAction.ACCOUNT_LOCKED, "UserAccount", null, "连续登录失败，账户已锁定", null, null);
        }
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
