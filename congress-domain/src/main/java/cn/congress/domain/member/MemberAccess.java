package cn.congress.domain.member;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;

/**
 * Who may keep the standing committee's composition: staff only (and the system, inside a {@code SystemTask}).
 * Fails closed: a caller without the role is refused.
 */
final class MemberAccess {

    private MemberAccess() {
    }

    static void requireStaff(Caller caller, String what) {
        caller.require(what, Role.STAFF);
    }
}
