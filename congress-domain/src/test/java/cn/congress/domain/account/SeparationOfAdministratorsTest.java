package cn.congress.domain.account;

import cn.congress.domain.audit.AuditFilter;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.SystemTask;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 三员分立 (等保 8.1.4.2 d/e, checklist C14/C19): no single administrator changes another administrator's account. */
@CongressTest
@RecordApplicationEvents
class SeparationOfAdministratorsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AdminAccountRequests requests;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    UserAccount admin;
    UserAccount secadmin;
    UserAccount auditor;
    UserAccount unitUser;
    String suffix;

    @BeforeEach
    void accounts() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        admin = account("adm" + suffix, Role.ADMIN);
        secadmin = account("sec" + suffix, Role.SECURITY_ADMIN);
        auditor = account("aud" + suffix, Role.AUDITOR);
        unitUser = account("unit" + suffix, Role.UNIT);
    }

    @Test
    void theSystemAdministratorCannotResetDisableOrEditAnotherAdministrator() {
        for (UserAccount other : new UserAccount[]{secadmin, auditor}) {
            assertThatThrownBy(() -> AsUser.call(admin, () -> accounts.resetPassword(other.getId())))
                    .isInstanceOf(DomainException.class).hasMessageContaining("三员分立");
            assertThatThrownBy(() -> AsUser.run(admin, () -> accounts.setEnabled(other.getId(), false)))
                    .isInstanceOf(DomainException.class).hasMessageContaining("三员分立");
            assertThatThrownBy(() -> AsUser.call(admin, () -> accounts.update(other.getId(), fresh(other).getVersion(),
                    new AccountService.AccountDetails("改名", null, null)))).isInstanceOf(DomainException.class);
        }
        assertThat(fresh(secadmin).isEnabled()).isTrue();
        // An ordinary account is still the system administrator's to keep.
        assertThat(AsUser.call(admin, () -> accounts.resetPassword(unitUser.getId()))).isNotBlank();
    }

    @Test
    void aResetOfAnotherAdministratorIsRequestedByAdminApprovedBySecurityAdminAndBothAreAudited() {
        long id = AsUser.call(admin, () -> requests.request(auditor.getId(), AdminAccountRequest.RequestKind.RESET_PASSWORD, "审计员忘记密码"));
        assertThatThrownBy(() -> AsUser.call(admin, () -> requests.decide(id, true))).isInstanceOf(AccessDeniedException.class);

        var decision = AsUser.call(secadmin, () -> requests.decide(id, true));

        assertThat(decision.temporaryPassword()).isNotBlank();
        UserAccount after = fresh(auditor);
        assertThat(encoder.matches(decision.temporaryPassword(), after.getPasswordHash())).isTrue();
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(jdbc.queryForList("select action || '/' || actor_username from audit_entry where target_id = ? "
                + "and action in ('ADMIN_REQUEST', 'ADMIN_REQUEST_APPROVED', 'PASSWORD_RESET') order by id", String.class, auditor.getId().toString()))
                .containsExactly("ADMIN_REQUEST/" + admin.getUsername(), "ADMIN_REQUEST_APPROVED/" + secadmin.getUsername(),
                        "PASSWORD_RESET/" + secadmin.getUsername());
        assertThat(events.stream(AccountChanged.class).filter(e -> e.accountId() == auditor.getId())).isNotEmpty();
    }

    @Test
    void nobodyDecidesARequestAboutTheirOwnAccount() {
        long id = AsUser.call(admin, () -> requests.request(secadmin.getId(), AdminAccountRequest.RequestKind.DISABLE, "调岗"));
        assertThatThrownBy(() -> AsUser.call(secadmin, () -> requests.decide(id, true))).hasMessageContaining("本人");
    }

    @Test
    void theOrganisationUnitIsADataScopeChangedOnlyByTheSecurityAdministratorAndEndsSessions() {
        Long org = jdbc.queryForObject("select id from org_unit order by id limit 1", Long.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> accounts.update(unitUser.getId(), fresh(unitUser).getVersion(),
                new AccountService.AccountDetails("新名字", org, null)))).hasMessageContaining("安全管理员");
        assertThatThrownBy(() -> AsUser.run(admin, () -> accounts.changeOrgUnit(unitUser.getId(), fresh(unitUser).getVersion(), org)))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run(secadmin, () -> accounts.changeOrgUnit(unitUser.getId(), fresh(unitUser).getVersion(), org));

        assertThat(jdbc.queryForObject("select org_unit_id from user_account where id = ?", Long.class, unitUser.getId())).isEqualTo(org);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ORG_UNIT_CHANGE' and target_id = ?", Long.class,
                unitUser.getId().toString())).isEqualTo(1);
        assertThat(events.stream(AccountChanged.class)).anyMatch(e -> e.accountId() == unitUser.getId()
                && e.reason() == AccountChanged.Reason.ORG_UNIT_CHANGED);
    }

    @Test
    void onlyTheAuditorReadsTheAuditLogAndTheSystemAdministratorSeesOnlyItsOwnActions() {
        AsUser.call(admin, () -> accounts.resetPassword(unitUser.getId()));
        AsUser.run(secadmin, () -> accounts.grant(unitUser.getId(), Role.STAFF));
        AuditFilter all = new AuditFilter(null, null, null, null, null, null);

        assertThatThrownBy(() -> AsUser.call(admin, () -> auditLog.search(all, PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(secadmin, () -> auditLog.search(all, PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(auditor, () -> auditLog.search(all, PageRequest.of(0, 10))).getTotalElements()).isPositive();

        var own = AsUser.call(admin, () -> auditLog.ownActions(all, PageRequest.of(0, 100)));
        assertThat(own.getContent()).isNotEmpty().allMatch(e -> e.actorUsername().equals(admin.getUsername()));
        assertThat(own.getContent()).allMatch(e -> "ADMIN".equals(e.actorRole()));
    }

    @Test
    void revokingARoleDisablingOrResettingPublishesTheEventThatEndsSessions() {
        AsUser.run(secadmin, () -> accounts.revoke(unitUser.getId(), Role.UNIT));
        AsUser.run(admin, () -> accounts.setEnabled(unitUser.getId(), false));
        assertThat(events.stream(AccountChanged.class).filter(e -> e.accountId() == unitUser.getId()).map(AccountChanged::reason))
                .contains(AccountChanged.Reason.ROLE_REVOKED, AccountChanged.Reason.DISABLED);
    }

    private UserAccount account(String username, Role role) {
        return SystemTask.call(() -> {
            var created = accounts.create(username, null, new AccountService.AccountDetails(username, null, null));
            accounts.grant(created.account().getId(), role);
            return accounts.get(created.account().getId());
        });
    }

    private UserAccount fresh(UserAccount a) {
        return accounts.get(a.getId());
    }
}
