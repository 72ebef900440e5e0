package cn.congress.oversight.fiscal.audit;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.shared.NotFoundException;

/**
 * Who may do what with audit findings: staff record reports and findings; members read; an audited unit (a UNIT
 * account of the unit's organisation) sees and reports on only its own findings. Anything else is a 404.
 */
public final class AuditAccess {

    private AuditAccess() {
    }

    public static void requireStaff(Caller caller) {
        caller.require("登记审计查出的问题", Role.STAFF);
    }

    public static void requireReader(Caller caller) {
        caller.require("查看审计查出的问题", Role.STAFF, Role.MEMBER, Role.UNIT);
    }

    static boolean seesAll(Caller caller) {
        return caller.isSystem() || caller.hasAny(Role.STAFF, Role.MEMBER);
    }

    /** The audited unit whose findings alone this caller sees, or {@code null} for all. */
    static Long unitScope(Caller caller) {
        if (seesAll(caller)) {
            return null;
        }
        return caller.orgUnitId() == null ? -1L : caller.orgUnitId();
    }

    static boolean isUnit(Caller caller, long unitId) {
        return caller.has(Role.UNIT) && caller.orgUnitId() != null && caller.orgUnitId() == unitId;
    }

    static void requireSeeFinding(Caller caller, long findingId, long unitId) {
        requireReader(caller);
        if (!seesAll(caller) && !isUnit(caller, unitId)) {
            throw new NotFoundException("审计查出的问题", findingId);
        }
    }
}
