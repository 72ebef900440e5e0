package cn.congress.web.suggestion;

import cn.congress.deputies.suggestion.SuggestionQueries;
import cn.congress.domain.account.Role;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.home.NavSection;
import cn.congress.web.support.StatusStyles;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The 代表工作 menu and the suggestion cards of the staff, deputy and unit dashboards. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class SuggestionNavigation {

    private final SuggestionQueries queries;
    private final StatusStyles styles;

    /** A line of the deputy's card: a suggestion waiting for the deputy and what it waits for. */
    public record AwaitingLine(String href, String title, SuggestionListLine.Badge flag) {
    }

    @Bean
    NavSection deputiesMenu() {
        return new NavSection("nav.deputies", "people-fill", 300, List.of(
                new NavSection.Item("nav.suggestions", "/suggestions", "chat-square-text", Set.of(Role.STAFF, Role.DEPUTY, Role.UNIT)),
                new NavSection.Item("nav.suggestions.new", "/suggestions/new", "pencil-square", Set.of(Role.DEPUTY)),
                new NavSection.Item("nav.suggestions.stats", "/suggestions/stats", "bar-chart", Set.of(Role.STAFF, Role.UNIT)),
                new NavSection.Item("nav.deputies.roster", "/deputies", "person-vcard", Set.of(Role.STAFF)),
                new NavSection.Item("nav.deputies.me", "/deputies/me", "person-badge", Set.of(Role.DEPUTY)),
                new NavSection.Item("nav.suggestions.public", "/public/suggestions", "globe", Set.of(Role.STAFF, Role.DEPUTY, Role.UNIT, Role.MEMBER))));
    }

    @Bean
    DashboardWidget suggestionTrackingWidget() {
        return new DashboardWidget() {
            @Override
            public Set<Role> roles() {
                return Set.of(Role.STAFF, Role.UNIT);
            }

            @Override
            public int order() {
                return 30;
            }

            @Override
            public String template() {
                return "suggestions/widget-tracking";
            }

            @Override
            public Object data(cn.congress.web.security.AccountPrincipal user) {
                return queries.stats();
            }

            @Override
            public String columnClass() {
                return "col-12";
            }
        };
    }

    @Bean
    DashboardWidget deputySuggestionsWidget() {
        return DashboardWidget.kept(Set.of(Role.DEPUTY), 30, "suggestions/widget-deputy", user -> queries.awaitingDeputy().stream()
                .map(r -> new AwaitingLine("/suggestions/" + r.id(), r.title(), new SuggestionListLine.Badge(
                        r.awaitingEvaluation() ? "待评价答复" : "待附议", "badge " + styles.tone("waiting"))))
                .toList());
    }
}
