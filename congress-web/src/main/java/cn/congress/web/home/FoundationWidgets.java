package cn.congress.web.home;

import cn.congress.domain.account.AccountFigures;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.audit.LoginActivity;
import cn.congress.domain.notification.NotificationService;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.rules.Rules;
import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The dashboard cards of the foundation: notifications for everybody, overviews for the three administrators (figures from the domain). */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class FoundationWidgets {

    private final NotificationService notifications;
    private final UserAccountRepository accounts;
    private final OrgUnitRepository orgUnits;
    private final AuditLog auditLog;
    private final Rules rules;
    private final AccountFigures accountFigures;
    private final LoginActivity loginActivity;
    private final MessageSource messages;

    @Bean
    DashboardWidget notificationsWidget() {
        return DashboardWidget.of(EnumSet.allOf(Role.class), 900, "dashboard/notifications",
                user -> notifications.latestUnread(user.getAccountId(), 5));
    }

    @Bean
    DashboardWidget adminOverviewWidget() {
        return DashboardWidget.of(Set.of(Role.ADMIN), 10, "dashboard/admin-overview", user -> Map.of(
                "accounts", accounts.count(),
                "enabledAccounts", accounts.countByEnabledTrue(),
                "lockedAccounts", accountFigures.lockedNow(),
                "orgUnits", orgUnits.count(),
                "rules", rules.overview().size()));
    }

    @Bean
    DashboardWidget roleDistributionWidget() {
        return DashboardWidget.of(Set.of(Role.SECURITY_ADMIN), 10, "dashboard/role-distribution", user -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            accountFigures.enabledByRole().forEach((role, n) -> counts.put(messages.getMessage(role.getMessageKey(), null, Locale.SIMPLIFIED_CHINESE), n));
            return counts;
        });
    }

    @Bean
    DashboardWidget auditOverviewWidget() {
        return DashboardWidget.of(Set.of(Role.AUDITOR), 20, "dashboard/audit-overview", user -> Map.of(
                "latest", auditLog.latest(),
                "byDay", loginActivity.lastDays(7)));
    }
}
