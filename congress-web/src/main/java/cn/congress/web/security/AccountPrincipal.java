package cn.congress.web.security;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The logged-in user as kept in the HTTP session: a snapshot of the account at login, never the entity itself.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Caller.Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final Long orgUnitId;
    private final String orgUnitName;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final Instant passwordExpiresAt;
    private final boolean mfaEnabled;

    private AccountPrincipal(Long accountId, String username, String displayName, String passwordHash, Set<Role> roles,
                             Long orgUnitId, String orgUnitName, boolean enabled, boolean mustChangePassword,
                             Instant passwordExpiresAt, boolean mfaEnabled) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.orgUnitId = orgUnitId;
        this.orgUnitName = orgUnitName;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.passwordExpiresAt = passwordExpiresAt;
        this.mfaEnabled = mfaEnabled;
    }

    /**
     * The account at login. A password past its maximum age counts as one that must be changed (等保 8.1.4.1 a).
     * The 等保 lock is kept per client address ({@code LoginLocks}), not on the account.
     */
    static AccountPrincipal of(UserAccount account, Instant now, int passwordMaxAgeDays, boolean mfaEnabled) {
        Instant expires = account.passwordExpiresAt(passwordMaxAgeDays);
        boolean expired = expires != null && !now.isBefore(expires);
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(), account.getPasswordHash(),
                account.getRoles(), account.getOrgUnit() == null ? null : account.getOrgUnit().getId(),
                account.getOrgUnit() == null ? null : account.getOrgUnit().getName(),
                account.isEnabled(), account.isMustChangePassword() || expired, expires, mfaEnabled);
    }

    /** The same user after changing the password. */
    AccountPrincipal withPasswordChanged(Instant expiresAt) {
        return new AccountPrincipal(accountId, username, displayName, null, roles, orgUnitId, orgUnitName, enabled, false,
                expiresAt, mfaEnabled);
    }

    /** The same user after enrolling a second factor. */
    AccountPrincipal withMfaEnabled() {
        return new AccountPrincipal(accountId, username, displayName, null, roles, orgUnitId, orgUnitName, enabled,
                mustChangePassword, passwordExpiresAt, true);
    }

    public Instant getPasswordExpiresAt() {
        return passwordExpiresAt;
    }

    public boolean isMfaEnabled() {
        return mfaEnabled;
    }

    /** The three administrators must use a second factor (等保 8.1.4.1 d). */
    public boolean isMfaRequired() {
        return roles.stream().anyMatch(Role::isAdministrator);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** The role that decides the landing dashboard when an account holds several. */
    public Role getPrimaryRole() {
        for (Role r : List.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR, Role.STAFF, Role.APPOINTMENT_ADMIN,
                Role.MEMBER, Role.DEPUTY, Role.UNIT, Role.STATION_MANAGER, Role.CONTACT_POINT)) {
            if (roles.contains(r)) {
                return r;
            }
        }
        return null;
    }

    @Override
    public Long getAccountId() {
        return accountId;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public String getOrgUnitName() {
        return orgUnitName;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }


    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal p && username.equals(p.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
