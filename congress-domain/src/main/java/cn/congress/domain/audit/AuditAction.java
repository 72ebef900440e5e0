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
    JOB_RUN
}
