package cn.congress.web.security;

import cn.congress.domain.shared.Actor;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class LogoutAuditHandler implements LogoutHandler {

    private final AuditLog auditLog;

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p) {
            auditLog.recordAs(new Actor(p.getAccountId(), p.getUsername(), p.getDisplayName(), request.getRemoteAddr()),
                    AuditAction.LOGOUT, "UserAccount", p.getAccountId(), "退出登录", null, null);
        }
    }
}
