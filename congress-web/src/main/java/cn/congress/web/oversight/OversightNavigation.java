package cn.congress.web.oversight;

import cn.congress.domain.account.Role;
import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.home.NavSection;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The 监督工作 menu and the oversight cards of the staff and unit dashboards. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class OversightNavigation {

    private final OpinionQueries queries;
    private final Clock clock;

    @Bean
    NavSection oversightMenu() {
        return new NavSection("nav.oversight", "clipboard-check", 250, List.of(
                new NavSection.Item("nav.oversight.dashboard", "/oversight", "speedometer2", Set.of(Role.STAFF)),
                new NavSection.Item("nav.oversight.plans", "/oversight/plans", "calendar3", Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY)),
                new NavSection.Item("nav.oversight.topics", "/oversight/topics", "list-task", Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.UNIT)),
                new NavSection.Item("nav.oversight.opinions", "/oversight/opinions", "file-earmark-text", Set.of(Role.STAFF, Role.MEMBER, Role.UNIT)),
                new NavSection.Item("nav.oversight.problems", "/oversight/problems", "list-check", Set.of(Role.STAFF, Role.MEMBER, Role.UNIT)),
                new NavSection.Item("nav.oversight.proposals", "/oversight/proposals", "lightbulb", Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY))));
    }

    @Bean
    DashboardWidget oversightStaffWidget() {
        return DashboardWidget.of(Set.of(Role.STAFF), 25, "oversight/widget-staff", user -> queries.dashboard(LocalDate.now(clock).getYear()));
    }

    @Bean
    DashboardWidget oversightUnitWidget() {
        return DashboardWidget.of(Set.of(Role.UNIT), 25, "oversight/widget-unit", user -> queries.unitSummary());
    }
}
