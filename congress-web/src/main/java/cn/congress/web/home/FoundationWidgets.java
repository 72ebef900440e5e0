package cn.congress.web.home;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.notification.NotificationService;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.rules.Rules;
import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The dashboard cards of the foundation: notifications for everybody, overviews for the three administrators. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class FoundationWidgets {

    private final NotificationService notifications;
    private final UserAccountRepository accounts;
    private final OrgUnitRepository orgUnits;
    private final AuditLog auditLog;
    private final Rules rules;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    @Bean
    DashboardWidget notificationsWidget() {
        return DashboardWidget.of(EnumSet.allOf(Role.class), 900, "dashboard/notifications",
                user -> notifications.page(user.getAccountId(), true, PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "createdAt"))));
    }

    @Bean
    DashboardWidget adminOverviewWidget() {
        return DashboardWidget.of(Set.of(Role.ADMIN), 10, "dashboard/admin-overview", user -> Map.of(
                "accounts", accounts.count(),
                "enabledAccounts", accounts.countByEnabledTrue(),
                "lockedAccounts", jdbc.queryForObject("select count(*) from user_account where locked_until > now()", Long.class),
                "orgUnits", orgUnits.count(),
                "rules", rules.overview().size()));
    }

    @Bean
    DashboardWidget roleDistributionWidget() {
        return DashboardWidget.of(Set.of(Role.SECURITY_ADMIN), 10, "dashboard/role-distribution", user -> {
            Map<String, Long> byRole = new LinkedHashMap<>();
            jdbc.query("select role, count(*) from user_role r join user_account u on u.id = r.user_id where u.enabled group by role",
                    rs -> {
                        byRole.put(rs.getString(1), rs.getLong(2));
                    });
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                counts.put(messages.getMessage(role.getMessageKey(), null, Locale.SIMPLIFIED_CHINESE), byRole.getOrDefault(role.name(), 0L));
            }
            return counts;
        });
    }

    @Bean
    DashboardWidget auditOverviewWidget() {
        return DashboardWidget.of(Set.of(Role.AUDITOR), 20, "dashboard/audit-overview", user -> Map.of(
                "latest", auditLog.latest(),
                "byDay", jdbc.queryForList("""
                        select to_char(d, 'MM-DD') as day,
                               count(a.id) filter (where a.action = 'LOGIN_SUCCESS') as ok,
                               count(a.id) filter (where a.action = 'LOGIN_FAILURE') as failed,
                               count(a.id) filter (where a.action = 'ACCESS_DENIED') as denied
                        from generate_series(current_date - 6, current_date, interval '1 day') d
                        left join audit_entry a on a.occurred_at >= d and a.occurred_at < d + interval '1 day'
                        group by d order by d
                        """)));
    }
}
