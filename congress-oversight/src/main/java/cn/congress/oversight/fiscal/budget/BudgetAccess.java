package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.shared.NotFoundException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what in online budget monitoring: staff import data and handle warnings; members (and the
 * financial-economic committee, who are staff or members) read the monitoring views; a department (a UNIT account
 * of the department's organisation unit) sees and answers only the warnings sent to it. A warning the caller may
 * not see is a 404, also when its id is guessed.
 */
final class BudgetAccess {

    private BudgetAccess() {
    }

    public static void requireStaff(Caller caller) {
        caller.require("管理预算联网监督数据", Role.STAFF);
    }

    public static void requireReader(Caller caller) {
        caller.require("查看预算执行情况", Role.STAFF, Role.MEMBER);
    }

    public static void requireWarningReader(Caller caller) {
        caller.require("查看预算执行预警", Role.STAFF, Role.MEMBER, Role.UNIT);
    }

    static boolean seesAll(Caller caller) {
        return caller.isSystem() || caller.hasAny(Role.STAFF, Role.MEMBER);
    }

    /** The department whose warnings alone this caller sees, or {@code null} for all. */
    static Long departmentScope(Caller caller) {
        if (seesAll(caller)) {
            return null;
        }
        return caller.orgUnitId() == null ? -1L : caller.orgUnitId();
    }

    static boolean isDepartment(Caller caller, long departmentId) {
        return caller.has(Role.UNIT) && caller.orgUnitId() != null && caller.orgUnitId() == departmentId;
    }

    /** A department sees a warning once it has been sent to it; staff and members see every warning. */
    static void requireSee(Caller caller, long warningId, long departmentId, WarningStatus status) {
        requireWarningReader(caller);
        if (!seesAll(caller) && !(isDepartment(caller, departmentId) && status != WarningStatus.NEW)) {
            throw new NotFoundException("预警", warningId);
        }
    }

    /** The steps of the warning's state machine this caller may take now. */
    static Set<WarningStep> steps(Caller caller, WarningStatus status, long departmentId) {
        Set<WarningStep> steps = EnumSet.noneOf(WarningStep.class);
        boolean staff = caller.isSystem() || caller.has(Role.STAFF);
        boolean department = isDepartment(caller, departmentId);
        for (WarningStep s : WarningStep.values()) {
            if (s.allowedFrom(status) && (s.byDepartment() ? department : staff)) {
                steps.add(s);
            }
        }
        return steps;
    }
}
