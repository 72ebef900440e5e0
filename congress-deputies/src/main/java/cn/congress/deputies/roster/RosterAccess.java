package cn.congress.deputies.roster;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and change the roster: the deputies' affairs staff maintain it; a deputy reads their own record
 * (履职档案) and, when filing, the names of the serving deputies to invite. Nobody without a login (fail closed).
 */
final class RosterAccess {

    private RosterAccess() {
    }

    static Caller requireStaff() {
        Caller c = Caller.current();
        c.require("维护代表名册", Role.STAFF);
        return c;
    }

    /** The serving deputies' names: staff, and deputies choosing whom to invite. */
    static void requireDirectoryReader() {
        Caller.current().require("查看代表名单", Role.STAFF, Role.DEPUTY);
    }

    /** A deputy's own record; refuses any other caller. */
    static long requireOwnAccount() {
        Caller c = Caller.current();
        c.require("查看履职档案", Role.DEPUTY);
        if (c.accountId() == null) {
            throw new AccessDeniedException("无权查看履职档案");
        }
        return c.accountId();
    }
}
