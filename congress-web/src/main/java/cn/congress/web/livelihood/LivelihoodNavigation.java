package cn.congress.web.livelihood;

import cn.congress.domain.account.Role;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The 民生实事 menu. */
@Configuration(proxyBeanMethods = false)
class LivelihoodNavigation {

    @Bean
    NavSection livelihoodMenu() {
        return new NavSection("nav.livelihood", "clipboard2-check", 320, List.of(
                new NavSection.Item("nav.livelihood.programmes", "/livelihood", "clipboard2-check", Set.of(Role.STAFF, Role.DEPUTY, Role.MEMBER)),
                new NavSection.Item("nav.livelihood.mine", "/livelihood/mine", "person-check", Set.of(Role.DEPUTY)),
                new NavSection.Item("nav.livelihood.organ", "/livelihood/organ", "building-check", Set.of(Role.UNIT)),
                new NavSection.Item("nav.livelihood.public", "/public/livelihood", "globe", Set.of(Role.STAFF, Role.DEPUTY, Role.UNIT, Role.MEMBER))));
    }
}
