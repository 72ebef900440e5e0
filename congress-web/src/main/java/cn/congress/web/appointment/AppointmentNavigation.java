package cn.congress.web.appointment;

import cn.congress.domain.account.Role;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The appointments menu (人事任免). */
@Configuration(proxyBeanMethods = false)
class AppointmentNavigation {

    private static final Set<Role> READERS = Set.of(Role.STAFF, Role.APPOINTMENT_ADMIN, Role.MEMBER);

    @Bean
    NavSection appointmentsMenu() {
        return new NavSection("nav.appointments", "person-badge", 110, List.of(
                new NavSection.Item("nav.appointments.list", "/appointments", "file-earmark-person", READERS),
                new NavSection.Item("nav.appointments.registry", "/appointments/registry", "journal-bookmark", READERS),
                new NavSection.Item("nav.appointments.oaths", "/appointments/oaths", "bookmark-star", READERS),
                new NavSection.Item("nav.appointments.reports", "/appointments/reports", "clipboard-check", READERS)));
    }
}
