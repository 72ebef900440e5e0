package cn.congress.domain.appointment;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;

/**
 * Who may do what with appointments (人事任免), in one place: the personnel working body (APPOINTMENT_ADMIN) and
 * staff prepare motions, record ceremonies, issue letters and register reports; members read. Fails closed: a
 * caller without a role is refused; only the system (inside a {@code SystemTask}) passes without one.
 */
public final class AppointmentAccess {

    private AppointmentAccess() {
    }

    public static boolean isPreparer(Caller caller) {
        return caller.isSystem() || caller.hasAny(Role.APPOINTMENT_ADMIN, Role.STAFF);
    }

    static void requirePreparer(Caller caller, String what) {
        caller.require(what, Role.APPOINTMENT_ADMIN, Role.STAFF);
    }

    static void requireReader(Caller caller) {
        caller.require("查看人事任免", Role.APPOINTMENT_ADMIN, Role.STAFF, Role.MEMBER);
    }
}
