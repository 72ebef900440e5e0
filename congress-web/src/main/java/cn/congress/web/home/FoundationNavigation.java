package cn.congress.web.home;

import cn.congress.domain.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The administrators' menus. Business menus are declared by their features. */
@Configuration(proxyBeanMethods = false)
class FoundationNavigation {

    @Bean
    NavSection systemMenu() {
        return new NavSection("nav.system", "gear", 900, List.of(
                new NavSection.Item("nav.admin.users", "/admin/users", "people", Set.of(Role.ADMIN)),
                new NavSection.Item("nav.admin.orgs", "/admin/orgs", "diagram-3", Set.of(Role.ADMIN)),
                new NavSection.Item("nav.admin.rules", "/admin/rules", "sliders", Set.of(Role.ADMIN)),
                new NavSection.Item("nav.admin.roles", "/admin/roles", "shield-lock", Set.of(Role.SECURITY_ADMIN)),
                new NavSection.Item("nav.admin.audit", "/admin/audit", "journal-text", Set.of(Role.AUDITOR)),
                new NavSection.Item("nav.admin.auditChain", "/admin/audit/chain", "link-45deg", Set.of(Role.AUDITOR))));
    }
}
