package cn.congress.legislation.support;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the legislation module, in one place: staff (STAFF) run every workflow (plans, bills, filings,
 * the regulation library, cleanups, evaluations); members (MEMBER) read. Fails closed: a caller without one of the
 * roles is refused; only the system (inside a {@code SystemTask}: demo data, a concluded vote) passes without one.
 */
public final class LegislationAccess {

    private LegislationAccess() {
    }

    /** Runs the workflows; pages show their actions from this ({@code ${staff}}), the services refuse by it. */
    public static boolean isStaff(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    public static void requireStaff(Caller caller) {
        requireStaff(caller, "办理立法事务");
    }

    public static void requireStaff(Caller caller, String what) {
        if (!isStaff(caller)) {
            throw new AccessDeniedException("无权" + what);
        }
    }

    public static void requireReader(Caller caller) {
        caller.require("查看立法事务", Role.STAFF, Role.MEMBER);
    }
}
