package cn.congress.web.session;

import cn.congress.domain.account.Role;
import cn.congress.domain.session.SessionRow;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.web.home.DashboardWidget;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The sessions menu and dashboard cards: 待表决 for members and deputies, upcoming sessions for staff. */
@Configuration(proxyBeanMethods = false)
class SessionNavigation {

    @Bean
    NavSection sessionsMenu() {
        return new NavSection("nav.sessions", "people", 100, List.of(
                new NavSection.Item("nav.sessions.votes", "/sessions/votes", "check2-square", Set.of(Role.MEMBER, Role.DEPUTY, Role.STAFF)),
                new NavSection.Item("nav.sessions.list", "/sessions", "calendar-event",
                        Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.APPOINTMENT_ADMIN)),
                new NavSection.Item("nav.sessions.new", "/sessions/new", "calendar-plus", Set.of(Role.STAFF)),
                new NavSection.Item("nav.sessions.members", "/sessions/members", "person-lines-fill", Set.of(Role.STAFF))));
    }

    @Bean
    DashboardWidget pendingVotesWidget(VoteService votes) {
        return DashboardWidget.kept(Set.of(Role.MEMBER, Role.DEPUTY), 5, "dashboard/sessions-pending",
                user -> votes.openFor(user.getAccountId()));
    }

    /** The card's sessions, and whether the caller may schedule one (the 安排会议 link when none is coming). */
    public record UpcomingSessions(List<SessionRow> sessions, boolean canSchedule) {
    }

    @Bean
    DashboardWidget upcomingSessionsWidget(SessionService sessions) {
        return DashboardWidget.of(Set.of(Role.STAFF, Role.APPOINTMENT_ADMIN), 20, "dashboard/sessions-upcoming",
                user -> new UpcomingSessions(sessions.upcoming().stream().limit(6).toList(), sessions.mayRun()));
    }
}
