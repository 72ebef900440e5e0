package cn.congress.domain.account;

/** Keys of the security policy in the rules table (seeded by the migration V2026_11_28_1300). */
public final class SecurityRules {

    public static final String PASSWORD_MAX_AGE_DAYS = "security.password-max-age-days";
    public static final String PASSWORD_WARNING_DAYS = "security.password-warning-days";
    public static final String DORMANT_DAYS = "security.dormant-days";
    public static final String SESSION_ABSOLUTE_HOURS = "security.session-absolute-hours";

    private SecurityRules() {
    }
}
