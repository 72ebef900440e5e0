package cn.congress.web.home;

import cn.congress.domain.account.Role;

import java.util.List;
import java.util.Set;

/**
 * A menu of the navigation bar. Each feature declares its own as a bean; a user sees only the items their
 * roles may open (the security configuration's URL rules say the same, and a test checks that they agree).
 */
public record NavSection(String labelKey, String icon, int order, List<Item> items) {

    /** One link; {@code labelKey} is a message key. */
    public record Item(String labelKey, String href, String icon, Set<Role> roles) {
    }

    /** This menu as the user sees it: only the items their roles allow, or nothing. */
    public NavSection visibleTo(Set<Role> userRoles) {
        List<Item> visible = items.stream().filter(i -> i.roles().stream().anyMatch(userRoles::contains)).toList();
        return visible.isEmpty() ? null : new NavSection(labelKey, icon, order, visible);
    }
}
