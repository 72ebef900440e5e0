package cn.congress.web.fiscal;

import cn.congress.domain.account.Role;
import cn.congress.oversight.fiscal.budget.WarningQueries;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.home.NavSection;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The 财经监督 menu and the card that tells a department how many warnings wait for its explanation. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class FiscalNavigation {

    private final WarningQueries warnings;
    private final Clock clock;

    @Bean
    NavSection fiscalMenu() {
        return new NavSection("nav.fiscal", "cash-coin", 260, List.of(
                new NavSection.Item("nav.fiscal.reviews", "/fiscal/reviews", "calendar-event", Set.of(Role.STAFF, Role.MEMBER)),
                new NavSection.Item("nav.fiscal.budget", "/fiscal/budget", "bar-chart-line", Set.of(Role.STAFF, Role.MEMBER)),
                new NavSection.Item("nav.fiscal.warnings", "/fiscal/warnings", "exclamation-triangle", Set.of(Role.STAFF, Role.MEMBER, Role.UNIT)),
                new NavSection.Item("nav.fiscal.import", "/fiscal/budget/import", "upload", Set.of(Role.STAFF)),
                new NavSection.Item("nav.fiscal.audit", "/fiscal/audit", "search", Set.of(Role.STAFF, Role.MEMBER, Role.UNIT)),
                new NavSection.Item("nav.fiscal.assets", "/fiscal/assets", "building", Set.of(Role.STAFF, Role.MEMBER)),
                new NavSection.Item("nav.fiscal.debt", "/fiscal/debt", "bank", Set.of(Role.STAFF, Role.MEMBER))));
    }

    /** The year's warnings waiting for the department's explanation. */
    public record UnitWarnings(int year, long waiting) {
    }

    @Bean
    DashboardWidget fiscalUnitWidget() {
        return DashboardWidget.of(Set.of(Role.UNIT), 26, "fiscal/widget-unit", user -> {
            int year = LocalDate.now(clock).getYear();
            return new UnitWarnings(year, warnings.openCount(year));
        });
    }
}
