package cn.congress.domain.audit;

import cn.congress.domain.shared.Labeled;

/** What an audit entry records. */
public enum AuditAction implements Labeled {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    ACCESS_DENIED,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    ROLE_GRANT,
    ROLE_REVOKE,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    /** Someone opened a person's full personal data (a resident's name and contact), which lists show masked. */
    PERSONAL_DATA_VIEW,
    JOB_RUN,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ORG_UNIT_CHANGE,
    ADMIN_REQUEST,
    ADMIN_REQUEST_APPROVED,
    ADMIN_REQUEST_REJECTED,
    LOGIN_THROTTLED,
    CAPTCHA_FAILED,
    SESSIONS_ENDED,
    /** The verifier found the audit chain broken (an edited, deleted or forged row). */
    AUDIT_CHAIN_BROKEN,
    /** The retention job exported and purged rows older than the retention period. */
    AUDIT_PURGE,
    MFA_ENROLLED,
    MFA_RESET,
    MFA_FAILURE,
    /** A recovery code stood in for the authenticator app at a login (and is used up). */
    MFA_RECOVERY_CODE_USED;

    /** Whether the recorded attempt succeeded, failed, or was refused for want of a right. */
    public String outcome() {
        return switch (this) {
            case LOGIN_FAILURE, LOGIN_THROTTLED, CAPTCHA_FAILED, AUDIT_CHAIN_BROKEN, MFA_FAILURE -> "FAILURE";
            case ACCESS_DENIED -> "DENIED";
            default -> "SUCCESS";
        };
    }
}
