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

    /**
     * Whether the card's markup is a pure function of its data and is rendered through {@code cg:kept}: the fragment
     * then reads nothing but {@code data} (no {@code @{…}} links, bean calls or forms), and the data is a value
     * (a record, a list of records; see {@code KeptFragments}).
     */
    default boolean kept() {
        return false;
    }

    /** Bootstrap column classes; wide cards override. */
    default String columnClass() {
        return "col-12 col-lg-6";
    }

    static DashboardWidget of(Set<Role> roles, int order, String template, Function<AccountPrincipal, Object> data) {
        return of(roles, order, template, false, data);
    }

    /** A card rendered once per distinct data through {@code cg:kept} (see {@link #kept()}). */
    static DashboardWidget kept(Set<Role> roles, int order, String template, Function<AccountPrincipal, Object> data) {
        return of(roles, order, template, true, data);
    }

    private static DashboardWidget of(Set<Role> roles, int order, String template, boolean kept, Function<AccountPrincipal, Object> data) {
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
            public boolean kept() {
                return kept;
            }

            @Override
            public Object data(AccountPrincipal user) {
                return data.apply(user);
            }
        };
    }
}
