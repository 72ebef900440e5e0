package cn.congress.web.security;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Records the denial, then lets the error page say, in Chinese, that the user has no right to the page. */
@Component
@RequiredArgsConstructor
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditLog auditLog;

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String path = request.getRequestURI();
        auditLog.record(AuditAction.ACCESS_DENIED, "Url", null, request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) : path));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
