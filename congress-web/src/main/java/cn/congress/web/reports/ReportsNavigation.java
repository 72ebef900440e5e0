package cn.congress.web.reports;

import cn.congress.domain.account.Role;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The 综合 menu: the year in figures. */
@Configuration(proxyBeanMethods = false)
class ReportsNavigation {

    @Bean
    NavSection reportsMenu() {
        return new NavSection("nav.reports", "clipboard-data", 900, List.of(
                new NavSection.Item("nav.reports.annual", "/reports/annual", "bar-chart-line", Set.of(Role.STAFF, Role.MEMBER))));
    }
}
