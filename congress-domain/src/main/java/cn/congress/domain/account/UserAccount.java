package cn.congress.domain.account;

import cn.congress.domain.shared.EncryptedString;
import jakarta.persistence.Convert;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.shared.AuditIgnored;
import cn.congress.domain.shared.AuditMasked;
import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A login account. Roles are granted by the security administrator, everything else by the system administrator. */
@Entity
@Table(name = "user_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(nullable = false, length = 64)
    private String displayName;

    @AuditMasked
    @Column(nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    /** Encrypted at rest; the audit log records that it changed, never the number. */
    @Column(length = 255)
    @Convert(converter = EncryptedString.class)
    @AuditMasked
    private String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private boolean enabled = true;

    /** Set when an administrator created or reset the password: the user must choose their own first. */
    private boolean mustChangePassword;


    @AuditIgnored
    private Instant lastLoginAt;

    @AuditIgnored
    private Instant passwordChangedAt;

    public UserAccount(String username, String displayName, String passwordHash, OrgUnit orgUnit) {
        this.username = username.trim().toLowerCase();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.orgUnit = orgUnit;
        this.mustChangePassword = true;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void update(String displayName, String phone) {
        this.displayName = displayName;
        this.phone = phone;
    }

    /** A change of data scope: only the security administrator does it (see {@link AccountService#changeOrgUnit}). */
    void moveTo(OrgUnit orgUnit) {
        this.orgUnit = orgUnit;
    }

    void changePasswordAt(Instant now) {
        this.passwordChangedAt = now;
    }

    /** When the password must be changed under a maximum age of {@code maxAgeDays}; null when never set. */
    public Instant passwordExpiresAt(int maxAgeDays) {
        Instant from = passwordChangedAt != null ? passwordChangedAt : getCreatedAt();
        return from == null ? null : from.plus(Duration.ofDays(maxAgeDays));
    }

    /** The last sign of use: the last login, else the creation. */
    public Instant lastActiveAt() {
        return lastLoginAt != null ? lastLoginAt : getCreatedAt();
    }


    /** 三员分立: an administrator role is held alone; business roles never join one. */
    void grant(Role role) {
        if (roles.contains(role)) {
            return;
        }
        boolean holdsAdministrator = roles.stream().anyMatch(Role::isAdministrator);
        if (role.isAdministrator() && !roles.isEmpty()) {
            throw new DomainException("三员分立：管理员角色（系统管理员、安全管理员、安全审计员）须单独授予，该账户已有其他角色。");
        }
        if (holdsAdministrator) {
            throw new DomainException("三员分立：该账户是管理员账户，不能再授予其他角色，也不能办理业务。");
        }
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    Set<Role> rolesCopy() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** An administrator set a temporary password; the owner must replace it at the next login. */
    void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
    }

    /** Demo accounts are documented with a fixed password; they skip the first-login change. */
    public void waiveFirstLoginChange() {
        this.mustChangePassword = false;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }
}
