package cn.congress.domain.account;

import cn.congress.domain.shared.Actor;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Accounts: created and maintained by the system administrator, roles by the security administrator. */
@Service
@RequiredArgsConstructor
public class AccountService {

    private static final String TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String TEMP_SYMBOLS = "@#%&*+=?";

    private final UserAccountRepository accounts;
    private final OrgUnitRepository orgUnits;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SecurityProperties securityProperties;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public record AccountDetails(String displayName, Long orgUnitId, String phone) {
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String q, Long orgId, Role role, Boolean enabled, Pageable pageable) {
        return accounts.search(q == null || q.isBlank() ? null : q.trim(), orgId, role, enabled, pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("账户", id));
    }

    /** What the role-grant page shows of an account: a read model, so the page never touches a lazy unit. */
    public record RoleHolder(long id, String username, String displayName, String orgUnitName, Set<Role> roles) {

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }
    }

    @Transactional(readOnly = true)
    public RoleHolder roleHolder(long id) {
        UserAccount account = get(id);
        OrgUnit unit = account.getOrgUnit();
        return new RoleHolder(account.getId(), account.getUsername(), account.getDisplayName(),
                unit == null ? null : unit.getName(), Set.copyOf(account.getRoles()));
    }

    @Transactional(readOnly = true)
    public UserAccount byUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase())
                .orElseThrow(() -> new NotFoundException("账户", username));
    }

    public record CreatedAccount(UserAccount account, String initialPassword) {
    }

    /**
     * Creates an account. Without an initial password a random one is generated; either way the owner must
     * change it at first login, and it is returned once for the administrator to hand over.
     */
    @Transactional
    public CreatedAccount create(String username, String initialPassword, AccountDetails details) {
        String normalized = username.trim().toLowerCase();
        if (accounts.existsByUsername(normalized)) {
            throw new DomainException("用户名“" + normalized + "”已被使用");
        }
        String password = initialPassword == null || initialPassword.isBlank() ? temporaryPassword() : initialPassword;
        requireAcceptable(normalized, password);
        UserAccount account = new UserAccount(normalized, details.displayName(), passwordEncoder.encode(password), org(details.orgUnitId()));
        account.update(details.displayName(), org(details.orgUnitId()), details.phone());
        return new CreatedAccount(accounts.save(account), password);
    }

    @Transactional
    public UserAccount update(long id, long expectedVersion, AccountDetails details) {
        UserAccount account = get(id);
        account.checkVersion(expectedVersion);
        account.update(details.displayName(), org(details.orgUnitId()), details.phone());
        return account;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = get(id);
        if (!enabled && account.getUsername().equals(Actor.current().username())) {
            throw new DomainException("不能停用自己正在使用的账户");
        }
        account.setEnabled(enabled);
    }

    @Transactional
    public void unlock(long id) {
        get(id).unlock();
        auditLog.record(AuditAction.ACCOUNT_UNLOCKED, "UserAccount", id, "解除锁定");
    }

    /** Sets a random temporary password and returns it once, for the administrator to hand over. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = get(id);
        String temporary = temporaryPassword();
        account.resetPassword(passwordEncoder.encode(temporary), clock.instant());
        auditLog.record(AuditAction.PASSWORD_RESET, "UserAccount", id, "重置密码：" + account.getUsername());
        return temporary;
    }

    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = byUsername(username);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("当前密码不正确");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new DomainException("新密码不能与当前密码相同");
        }
        requireAcceptable(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record(AuditAction.PASSWORD_CHANGE, "UserAccount", account.getId(), "修改本人密码");
    }

    @Transactional
    public void grant(long id, Role role) {
        UserAccount account = get(id);
        var before = account.rolesCopy();
        account.grant(role);
        auditLog.record(AuditAction.ROLE_GRANT, "UserAccount", id, "授予角色 " + role.name() + "：" + account.getUsername(),
                Map.of("roles", before), Map.of("roles", account.rolesCopy()));
    }

    @Transactional
    public void revoke(long id, Role role) {
        UserAccount account = get(id);
        if (role == Role.SECURITY_ADMIN && account.getUsername().equals(Actor.current().username())) {
            throw new DomainException("不能撤销自己的安全管理员角色");
        }
        var before = account.rolesCopy();
        account.revoke(role);
        auditLog.record(AuditAction.ROLE_REVOKE, "UserAccount", id, "撤销角色 " + role.name() + "：" + account.getUsername(),
                Map.of("roles", before), Map.of("roles", account.rolesCopy()));
    }

    /**
     * Counts a failed login for an existing account; returns true when it has just been locked.
     * Unknown usernames are ignored here (they get the same message as a wrong password).
     */
    @Transactional
    public boolean recordFailedLogin(String username) {
        return accounts.findByUsername(username.trim().toLowerCase())
                .map(a -> a.recordFailedLogin(clock.instant(), securityProperties.maxFailedAttempts(), securityProperties.lockDuration()))
                .orElse(false);
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.findByUsername(username).ifPresent(a -> a.recordSuccessfulLogin(clock.instant()));
    }

    /** Enabled users of an organisation unit, e.g. to notify a handling unit. */
    @Transactional(readOnly = true)
    public List<Long> userIdsOfOrg(long orgUnitId) {
        return accounts.findEnabledIdsByOrgUnit(orgUnitId);
    }

    @Transactional(readOnly = true)
    public List<Long> userIdsWithRole(Role role) {
        return accounts.findEnabledIdsByRole(role);
    }

    private void requireAcceptable(String username, String password) {
        List<String> violations = passwordPolicy.violations(username, password);
        if (!violations.isEmpty()) {
            throw new DomainException(String.join("；", violations));
        }
    }

    private OrgUnit org(Long id) {
        return id == null ? null : orgUnits.findById(id).orElseThrow(() -> new NotFoundException("组织机构", id));
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(TEMP_ALPHABET.charAt(random.nextInt(TEMP_ALPHABET.length())));
        }
        sb.insert(random.nextInt(sb.length()), TEMP_SYMBOLS.charAt(random.nextInt(TEMP_SYMBOLS.length())));
        sb.insert(random.nextInt(sb.length()), (char) ('2' + random.nextInt(8)));
        sb.insert(random.nextInt(sb.length()), (char) ('A' + random.nextInt(26)));
        sb.insert(random.nextInt(sb.length()), (char) ('a' + random.nextInt(26)));
        return sb.toString();
    }
}
