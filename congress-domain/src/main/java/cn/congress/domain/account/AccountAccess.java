package cn.congress.domain.account;

import cn.congress.domain.shared.DomainException;

/**
 * Who may do what to an account (三员分立, 等保 8.1.4.2 d/e): the system administrator keeps accounts, the security
 * administrator grants roles and data scopes (the organisation unit) and unlocks, the auditor reads the audit log.
 * An account that holds another administrator's role is changed by no single administrator: the system
 * administrator asks and the security administrator approves ({@link AdminAccountRequests}).
 */
public final class AccountAccess {

    private AccountAccess() {
    }

    public static void requireAccountAdmin(Caller caller) {
        caller.require("管理账户", Role.ADMIN);
    }

    public static void requireSecurityAdmin(Caller caller) {
        caller.require("管理授权", Role.SECURITY_ADMIN);
    }

    public static void requireAuditor(Caller caller) {
        caller.require("查阅审计日志", Role.AUDITOR);
    }

    /** True when the account holds an administrator role other than one the caller holds itself. */
    public static boolean isOtherAdministrator(Caller caller, UserAccount target) {
        return target.getRoles().stream().anyMatch(r -> r.isAdministrator() && !caller.has(r));
    }

    /** Refuses a direct change by one administrator of an account holding another administrator's role. */
    static void requireDirectlyMaintainable(Caller caller, UserAccount target) {
        if (!caller.isSystem() && isOtherAdministrator(caller, target)) {
            throw new DomainException("三员分立：该账户持有其他管理员角色，重置密码、停用或启用须由系统管理员提出申请、安全管理员批准。");
        }
    }
}
