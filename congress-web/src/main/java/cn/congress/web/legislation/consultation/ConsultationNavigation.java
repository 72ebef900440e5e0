package cn.congress.web.legislation.consultation;

import cn.congress.domain.account.Role;
import cn.congress.web.home.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The menu of 开门立法: the drafts under consultation for deputies, members, contact points and staff. */
@Configuration
class ConsultationNavigation {

    @Bean
    NavSection consultationMenu() {
        return new NavSection("nav.consultation", "chat-left-text", 210, List.of(
                new NavSection.Item("nav.consultation.drafts", "/drafts", "chat-left-text",
                        Set.of(Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.CONTACT_POINT)),
                new NavSection.Item("nav.consultation.experts", "/legislation/experts", "mortarboard", Set.of(Role.STAFF, Role.MEMBER))));
    }
}
