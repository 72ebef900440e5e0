package cn.congress.domain.figures;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;

/**
 * Who may do what with the year in figures (the one place of these rules): staff and members read the numbers; the
 * records behind them (the features' lists and record pages) are the staff's, so only staff are given the links to them.
 */
final class FiguresAccess {

    private FiguresAccess() {
    }

    static void requireReader(Caller caller) {
        caller.require("查看年度工作数据", Role.STAFF, Role.MEMBER);
    }

    /** Follows a figure to the records it counts, and a record to its page. */
    static boolean opensRecords(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }
}
