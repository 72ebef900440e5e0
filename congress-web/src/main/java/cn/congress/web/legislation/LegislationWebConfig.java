package cn.congress.web.legislation;

import cn.congress.domain.account.Role;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.legislation.figures.LegislationOverview;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The legislation menu and dashboard cards. */
@Configuration(proxyBeanMethods = false)
class LegislationWebConfig {

    private static final Set<Role> READERS = Set.of(Role.STAFF, Role.MEMBER);

    @Bean
    NavSection legislationMenu() {
        return new NavSection("nav.legislation", "journal-bookmark", 200, List.of(
                new NavSection.Item("nav.legislation.plans", "/legislation/plans", "calendar3", READERS),
                new NavSection.Item("nav.legislation.bills", "/legislation/bills", "file-earmark-text", READERS),
                new NavSection.Item("nav.legislation.regulations", "/legislation/regulations", "journal-bookmark", READERS),
                new NavSection.Item("nav.legislation.cleanups", "/legislation/cleanups", "funnel", READERS),
                new NavSection.Item("nav.legislation.evaluations", "/legislation/evaluations", "clipboard-check", READERS),
                new NavSection.Item("nav.legislation.filings", "/legislation/filings", "inboxes", READERS)));
    }

    /** Bills by stage, the approvals whose statutory window closes soon, and open filing reviews. */
    @Bean
    DashboardWidget legislationWidget(LegislationOverview overviews) {
        return DashboardWidget.of(READERS, 200, "legislation/widget", user -> {
            LegislationOverview.Overview overview = overviews.overview();
            Map<BillStatus, Long> counts = overview.billsByStatus();
            Map<String, Long> stages = new LinkedHashMap<>();
            stages.put("起草中", counts.getOrDefault(BillStatus.DRAFTING, 0L));
            stages.put("审议中", BillStatus.DELIBERATION.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum()
                    + counts.getOrDefault(BillStatus.SUBMITTED, 0L) + counts.getOrDefault(BillStatus.SHELVED, 0L));
            stages.put("报批至公布", counts.getOrDefault(BillStatus.PASSED, 0L) + counts.getOrDefault(BillStatus.AWAITING_APPROVAL, 0L)
                    + counts.getOrDefault(BillStatus.APPROVED, 0L) + counts.getOrDefault(BillStatus.PROMULGATED, 0L));
            return Map.of("stages", stages, "approvals", overview.approvals(), "openFilings", overview.openFilings());
        });
    }
}
