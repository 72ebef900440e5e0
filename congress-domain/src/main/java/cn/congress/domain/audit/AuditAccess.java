package cn.congress.domain.audit;

import cn.congress.domain.shared.SystemTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read the audit log (三员分立): the security auditor reads all of it; the other two administrators read only
 * their own actions. Reads the granted authorities directly, because the account package (home of {@code Caller})
 * itself writes to the audit log and a dependency back would be a cycle.
 */
final class AuditAccess {

    private AuditAccess() {
    }

    static void requireAuditor() {
        require("查阅审计日志", "ROLE_AUDITOR");
    }

    static void requireAdministrator() {
        require("查看本人操作日志", "ROLE_ADMIN", "ROLE_SECURITY_ADMIN", "ROLE_AUDITOR");
    }

    /** The roles of the current authentication, comma-separated without the ROLE_ prefix; "SYSTEM" for system work. */
    static String currentRoles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (auth.getPrincipal() instanceof SystemTask.SystemPrincipal) {
            return "SYSTEM";
        }
        String roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).sorted().collect(Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    private static void require(String what, String... authorities) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SystemTask.SystemPrincipal) {
            return;
        }
        if (auth != null && !(auth instanceof AnonymousAuthenticationToken) && auth.isAuthenticated()) {
            Set<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
            for (String a : authorities) {
                if (granted.contains(a)) {
                    return;
                }
            }
        }
        throw new AccessDeniedException("无权" + what);
    }
}
