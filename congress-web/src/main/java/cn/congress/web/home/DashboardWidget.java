package cn.congress.web.home;

import cn.congress.domain.account.Role;
import cn.congress.web.security.AccountPrincipal;

import java.util.Set;
import java.util.function.Function;

/**
 * A card on the dashboard. Each feature contributes its own as a bean, so that the dashboard of each role is
 * assembled from the features that role uses and no feature edits another's page.
 */
public interface DashboardWidget {

    /** Roles whose dashboard shows this card. */
    Set<Role> roles();

    /** Position on the page, low first. */
    int order();

    /** Template holding a {@code widget} fragment that reads the variable {@code data}, e.g. {@code dashboard/notifications}. */
    String template();

    /** What the fragment shows for this user. */
    Object data(AccountPrincipal user);

    /** Bootstrap column classes; wide cards override. */
    default String columnClass() {
        return "col-12 col-lg-6";
    }

    static DashboardWidget of(Set<Role> roles, int order, String template, Function<AccountPrincipal, Object> data) {
        return new DashboardWidget() {
            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String template() {
                return template;
            }

            @Override
            public Object data(AccountPrincipal user) {
                return data.apply(user);
            }
        };
    }
}
