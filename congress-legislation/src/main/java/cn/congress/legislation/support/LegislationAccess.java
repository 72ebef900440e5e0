package cn.congress.legislation.support;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;

/**
 * Who may do what in the legislation module, in one place: staff (STAFF) run every workflow (plans, bills, filings,
 * the regulation library, cleanups, evaluations); members (MEMBER) read. Fails closed: a caller without one of the
 * roles is refused; only the system (inside a {@code SystemTask}: demo data, a concluded vote) passes without one.
 */
public final class LegislationAccess {

    private LegislationAccess() {
    }

    public static boolean isStaff(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    public static void requireStaff(Caller caller) {
        caller.require("办理立法事务", Role.STAFF);
    }

    public static void requireReader(Caller caller) {
        caller.require("查看立法事务", Role.STAFF, Role.MEMBER);
    }
}
