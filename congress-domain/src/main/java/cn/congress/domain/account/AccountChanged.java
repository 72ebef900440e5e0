package cn.congress.domain.account;

/**
 * Published when an account changed in a way that must end its live sessions at once: disabled, a role revoked,
 * its organisation unit (data scope) changed, its password or second factor reset by an administrator, or its
 * password changed by the owner (then only the owner's other sessions end).
 */
public record AccountChanged(long accountId, String username, Reason reason) {

    public enum Reason { DISABLED, ROLE_REVOKED, ORG_UNIT_CHANGED, PASSWORD_RESET, PASSWORD_CHANGED, MFA_RESET }
}
