package cn.congress.web.admin.request;

import cn.congress.domain.account.Role;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The security menu of the three administrators. */
@Configuration(proxyBeanMethods = false)
class AdminRequestNavigation {

    @Bean
    NavSection securityMenu() {
        return new NavSection("nav.security", "shield-check", 910, List.of(
                new NavSection.Item("nav.admin.requests", "/admin/requests", "person-check", Set.of(Role.ADMIN, Role.SECURITY_ADMIN)),
                new NavSection.Item("nav.admin.syslog", "/admin/syslog", "journal", Set.of(Role.ADMIN))));
    }
}
