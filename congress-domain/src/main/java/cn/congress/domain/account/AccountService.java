package cn.congress.domain.account;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Accounts: created and maintained by the system administrator; roles and the organisation unit (the data scope)
 * by the security administrator; an account holding another administrator's role only through a request that
 * the security administrator approves ({@link AdminAccountRequests}). Every change is audited.
 */
@Service
@RequiredArgsConstructor
public class AccountService {

    private static final String TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String TEMP_SYMBOLS = "@#%&*+=?";

    private final UserAccountRepository accounts;
    private final OrgUnitRepository orgUnits;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHistory passwordHistory;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public record AccountDetails(String displayName, Long orgUnitId, String phone) {
    }

    @Transactional(readOnly = true)
    public Page<AccountRow> search(String q, Long orgId, Role role, Boolean enabled, Pageable pageable) {
        return accounts.search(q == null || q.isBlank() ? null : q.trim(), orgId, role, enabled, pageable).map(AccountRow::of);
    }

    /** One account as the administration pages show it. */
    @Transactional(readOnly = true)
    public AccountRow row(long id) {
        return AccountRow.of(get(id));
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
     * change it at first login, and it is returned once for the administrator to hand over. The organisation unit
     * given here is the new account's starting scope; it holds no role until the security administrator grants one.
     */
    @Transactional
    public CreatedAccount create(String username, String initialPassword, AccountDetails details) {
        AccountAccess.requireAccountAdmin(Caller.current());
        String normalized = username.trim().toLowerCase();
        if (accounts.existsByUsername(normalized)) {
            throw new DomainException("用户名“" + normalized + "”已被使用");
        }
        String password = initialPassword == null || initialPassword.isBlank() ? temporaryPassword() : initialPassword;
        requireAcceptable(normalized, password);
        UserAccount account = new UserAccount(normalized, details.displayName(), passwordEncoder.encode(password), org(details.orgUnitId()));
        account.update(details.displayName(), details.phone());
        account.changePasswordAt(clock.instant());
        return new CreatedAccount(accounts.save(account), password);
    }

    /** Name and phone. The organisation unit is a data scope and changes only through {@link #changeOrgUnit}. */
    @Transactional
    public UserAccount update(long id, long expectedVersion, AccountDetails details) {
        Caller caller = Caller.current();
        AccountAccess.requireAccountAdmin(caller);
        UserAccount account = get(id);
        AccountAccess.requireDirectlyMaintainable(caller, account);
        account.checkVersion(expectedVersion);
        Long currentOrg = account.getOrgUnit() == null ? null : account.getOrgUnit().getId();
        if (!Objects.equals(currentOrg, details.orgUnitId())) {
            throw new DomainException("所属机构决定账户的数据范围，属于授权变更，须由安全管理员调整。");
        }
        account.update(details.displayName(), details.phone());
        return account;
    }

    /** The security administrator moves an account to another organisation unit; its sessions end at once. */
    @Transactional
    public void changeOrgUnit(long id, long expectedVersion, Long orgUnitId) {
        AccountAccess.requireSecurityAdmin(Caller.current());
        UserAccount account = get(id);
        account.checkVersion(expectedVersion);
        OrgUnit before = account.getOrgUnit();
        OrgUnit after = org(orgUnitId);
        if (Objects.equals(before == null ? null : before.getId(), orgUnitId)) {
            return;
        }
        account.moveTo(after);
        auditLog.record(AuditAction.ORG_UNIT_CHANGE, "UserAccount", id, "调整所属机构：" + account.getUsername(),
                Map.of("orgUnit", before == null ? "（无）" : before.getName()), Map.of("orgUnit", after == null ? "（无）" : after.getName()));
        events.publishEvent(new AccountChanged(id, account.getUsername(), AccountChanged.Reason.ORG_UNIT_CHANGED));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Caller caller = Caller.current();
        AccountAccess.requireAccountAdmin(caller);
        UserAccount account = get(id);
        AccountAccess.requireDirectlyMaintainable(caller, account);
        applyEnabled(account, enabled);
    }

    void applyEnabled(UserAccount account, boolean enabled) {
        if (!enabled && account.getUsername().equals(Caller.current().username())) {
            throw new DomainException("不能停用自己正在使用的账户");
        }
        if (account.isEnabled() == enabled) {
            return;
        }
        account.setEnabled(enabled);
        auditLog.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "UserAccount", account.getId(),
                (enabled ? "启用账户：" : "停用账户：") + account.getUsername());
        if (!enabled) {
            events.publishEvent(new AccountChanged(account.getId(), account.getUsername(), AccountChanged.Reason.DISABLED));
        }
    }

    /** Sets a random temporary password and returns it once, for the administrator to hand over. */
    @Transactional
    public String resetPassword(long id) {
        Caller caller = Caller.current();
        AccountAccess.requireAccountAdmin(caller);
        UserAccount account = get(id);
        AccountAccess.requireDirectlyMaintainable(caller, account);
        return applyReset(account);
    }

    String applyReset(UserAccount account) {
        String temporary = temporaryPassword();
        passwordHistory.remember(account, clock.instant());
        account.resetPassword(passwordEncoder.encode(temporary), clock.instant());
        auditLog.record(AuditAction.PASSWORD_RESET, "UserAccount", account.getId(), "重置密码：" + account.getUsername());
        events.publishEvent(new AccountChanged(account.getId(), account.getUsername(), AccountChanged.Reason.PASSWORD_RESET));
        return temporary;
    }

    /**
     * The owner changes the password: the current one is checked, the policy applies, none of the last five may
     * come back. The owner's other sessions end.
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = byUsername(username);
        if (tooLongForBcrypt(currentPassword) || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("当前密码不正确");
        }
        requireAcceptable(account.getUsername(), newPassword);
        if (passwordHistory.recentlyUsed(account, newPassword)) {
            throw new DomainException("新密码不能与最近" + PasswordHistory.REMEMBERED + "次使用过的密码相同");
        }
        passwordHistory.remember(account, clock.instant());
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record(AuditAction.PASSWORD_CHANGE, "UserAccount", account.getId(), "修改本人密码");
        events.publishEvent(new AccountChanged(account.getId(), account.getUsername(), AccountChanged.Reason.PASSWORD_CHANGED));
    }

    @Transactional
    public void grant(long id, Role role) {
        AccountAccess.requireSecurityAdmin(Caller.current());
        UserAccount account = get(id);
        var before = account.rolesCopy();
        account.grant(role);
        auditLog.record(AuditAction.ROLE_GRANT, "UserAccount", id, "授予角色 " + role.name() + "：" + account.getUsername(),
                Map.of("roles", before), Map.of("roles", account.rolesCopy()));
    }

    @Transactional
    public void revoke(long id, Role role) {
        Caller caller = Caller.current();
        AccountAccess.requireSecurityAdmin(caller);
        UserAccount account = get(id);
        if (role == Role.SECURITY_ADMIN && account.getUsername().equals(caller.username())) {
            throw new DomainException("不能撤销自己的安全管理员角色");
        }
        if (!account.hasRole(role)) {
            return;
        }
        var before = account.rolesCopy();
        account.revoke(role);
        auditLog.record(AuditAction.ROLE_REVOKE, "UserAccount", id, "撤销角色 " + role.name() + "：" + account.getUsername(),
                Map.of("roles", before), Map.of("roles", account.rolesCopy()));
        events.publishEvent(new AccountChanged(id, account.getUsername(), AccountChanged.Reason.ROLE_REVOKED));
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

    /** BCrypt reads only the first 72 bytes; a longer password is refused rather than silently cut. */
    public static boolean tooLongForBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
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

    String temporaryPassword() {
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
