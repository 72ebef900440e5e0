package cn.congress.web.security;

import cn.congress.domain.account.AccountChanged;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

/**
 * Live sessions follow the account (ASVS 7.4.2, 等保 8.1.4.1 b): once a change commits — disabled, a role revoked,
 * the organisation unit changed, the password reset — every session of the account ends at once; after the owner
 * changed the password only the owner's other sessions end. The next request of an ended session goes to the login page.
 */
@Component
@RequiredArgsConstructor
class AccountSessions {

    private final SessionRegistry registry;
    private final AuditLog auditLog;
    private final PlatformTransactionManager transactionManager;

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAccountChanged(AccountChanged event) {
        String keep = event.reason() == AccountChanged.Reason.PASSWORD_CHANGED ? currentSessionId() : null;
        List<SessionInformation> ended = registry.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountPrincipal a && a.getAccountId() != null && a.getAccountId() == event.accountId())
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .filter(s -> !s.getSessionId().equals(keep))
                .toList();
        ended.forEach(SessionInformation::expireNow);
        if (!ended.isEmpty()) {
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            tx.executeWithoutResult(s -> auditLog.record(AuditAction.SESSIONS_ENDED, "UserAccount", event.accountId(),
                    "结束 " + event.username() + " 的 " + ended.size() + " 个会话（" + event.reason().name() + "）"));
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
