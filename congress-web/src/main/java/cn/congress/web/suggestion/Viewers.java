package cn.congress.web.suggestion;

import cn.congress.deputies.suggestion.Viewer;
import cn.congress.domain.account.Role;
import cn.congress.web.security.AccountPrincipal;

/** The logged-in user as the deputies module's services need it. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer of(AccountPrincipal p) {
        if (p == null) {
            return Viewer.anonymous();
        }
        return new Viewer(p.getAccountId(), p.getDisplayName(), p.getOrgUnitId(), p.hasRole(Role.STAFF), p.hasRole(Role.DEPUTY),
                p.hasRole(Role.UNIT));
    }
}
