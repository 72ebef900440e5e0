package cn.congress.web.station;

import cn.congress.deputies.activity.ActivityQueries;
import cn.congress.deputies.reception.OpinionQueries;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.home.NavSection;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The 家站点 menu and the cards of the station manager's, unit's and deputy's dashboards. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class StationNavigation {

    private final OpinionQueries opinions;
    private final ActivityQueries activities;

    @Bean
    NavSection stationsMenu() {
        return new NavSection("nav.stations", "house-heart", 320, List.of(
                new NavSection.Item("nav.stations.mine", "/stations/mine", "house-door", Set.of(Role.STATION_MANAGER)),
                new NavSection.Item("nav.stations.list", "/stations", "houses", Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.UNIT, Role.STATION_MANAGER)),
                new NavSection.Item("nav.stations.opinions", "/stations/opinions", "chat-left-dots", Set.of(Role.STAFF, Role.DEPUTY, Role.UNIT, Role.STATION_MANAGER)),
                new NavSection.Item("nav.stations.opinions.new", "/stations/opinions/new", "pencil-square", Set.of(Role.DEPUTY, Role.STATION_MANAGER)),
                new NavSection.Item("nav.stations.analysis", "/stations/opinions/analysis", "pie-chart", Set.of(Role.STAFF, Role.STATION_MANAGER)),
                new NavSection.Item("nav.service-cases", "/service-cases", "briefcase", Set.of(Role.STAFF, Role.DEPUTY, Role.STATION_MANAGER)),
                new NavSection.Item("nav.service-cases.stats", "/service-cases/stats", "bar-chart", Set.of(Role.STAFF, Role.STATION_MANAGER)),
                new NavSection.Item("nav.activities", "/deputies/activities", "calendar-check", Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY)),
                new NavSection.Item("nav.stations.public", "/public/stations", "globe", Set.of(Role.STAFF, Role.DEPUTY, Role.STATION_MANAGER))));
    }

    /** The 民情民意 card: the caller's opinions waiting, as a unit or as those who receive them, and a deputy's activities to confirm. */
    public record OpinionsCard(OpinionQueries.Pending pending, boolean unit, boolean deputy, long toConfirm) {
    }

    @Bean
    DashboardWidget opinionsWidget() {
        return DashboardWidget.kept(Set.of(Role.STATION_MANAGER, Role.UNIT, Role.DEPUTY), 35, "stations/widget", user -> {
            boolean deputy = user.getRoles().contains(Role.DEPUTY);
            return new OpinionsCard(opinions.pending(Caller.current()), user.getRoles().contains(Role.UNIT), deputy,
                    deputy ? activities.awaitingConfirmation(Caller.current()) : 0L);
        });
    }
}
