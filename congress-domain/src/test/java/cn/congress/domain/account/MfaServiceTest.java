package cn.congress.domain.account;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.SystemTask;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 / C10: TOTP enrolment, one-time codes, hashed single-use recovery codes, reset by the security administrator. */
@CongressTest
class MfaServiceTest {

    @Autowired
    MfaService mfa;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void anAccountEnrolsWithACodeFromTheAppAndEachCodeWorksOnce() {
        long id = newAccount("mfa.user");
        MfaService.Enrolment offer = as(id, "mfa.user", mfa::offer);
        assertThat(offer.uri()).startsWith("otpauth://totp/").contains(offer.secret());
        assertThat(mfa.enabled(id)).isFalse();

        assertThatThrownBy(() -> as(id, "mfa.user", () -> mfa.confirm(offer.secret(), "000000")))
                .isInstanceOf(DomainException.class).hasMessageContaining("验证码不正确");
        String code = Totp.code(offer.secret(), clock.instant());
        List<String> recovery = as(id, "mfa.user", () -> mfa.confirm(offer.secret(), code));
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        assertThat(mfa.enabled(id)).isTrue();

        String stored = jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain(offer.secret());
        assertThat(jdbc.queryForList("select code_hash from mfa_recovery_code where user_id = ?", String.class, id))
                .hasSize(10).noneMatch(h -> recovery.stream().anyMatch(r -> h.contains(r.replace("-", ""))));

        assertThat(mfa.verify(id, code)).as("the code used to enrol cannot log in again").isFalse();
        assertThat(mfa.verify(id, recovery.get(0))).isTrue();
        assertThat(mfa.verify(id, recovery.get(0).toLowerCase())).as("a recovery code works once").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('MFA_ENROLLED', 'MFA_RECOVERY_CODE_USED', 'MFA_FAILURE') "
                + "and target_id = ?", Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void onlyTheSecurityAdministratorResetsAndNeverTheirOwn() {
        long id = newAccount("mfa.reset");
        MfaService.Enrolment offer = as(id, "mfa.reset", mfa::offer);
        as(id, "mfa.reset", () -> mfa.confirm(offer.secret(), Totp.code(offer.secret(), clock.instant())));

        assertThatThrownBy(() -> asRole(999L, "admin", Role.ADMIN, () -> {
            mfa.reset(id);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asRole(id, "mfa.reset", Role.SECURITY_ADMIN, () -> {
            mfa.reset(id);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("本人");

        asRole(998L, "secadmin", Role.SECURITY_ADMIN, () -> {
            mfa.reset(id);
            return null;
        });
        assertThat(mfa.enabled(id)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mfa_recovery_code where user_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MFA_RESET' and target_id = ?", Long.class,
                String.valueOf(id))).isOne();
    }

    private long newAccount(String username) {
        return SystemTask.call(() -> accounts.create(username, null, new AccountService.AccountDetails("双因素测试", null, null))).account().getId();
    }

    private <T> T as(long id, String username, Supplier<T> work) {
        return asRole(id, username, Role.STAFF, work);
    }

    /** Runs as an account with the given role, through the same Caller the services read. */
    private <T> T asRole(Long id, String username, Role role, Supplier<T> work) {
        var principal = new AsUser.Principal(id, username, Set.of(role));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(role.authority())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
