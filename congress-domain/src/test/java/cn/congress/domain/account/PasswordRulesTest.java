package cn.congress.domain.account;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.SystemTask;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password rules (等保 8.1.4.1 a, checklist C02/C03): history of five, BCrypt's 72 bytes, a blocklist, expiry, lock per address. */
@CongressTest
class PasswordRulesTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    LoginLocks locks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noneOfTheLastFivePasswordsComesBack() {
        String current = SystemTask.call(() -> accounts.create("hist.user", "First#Pass2026", new AccountService.AccountDetails("历史", null, null)))
                .initialPassword();
        String[] next = {"Second#Pass2026", "Third#Pass2026", "Fourth#Pass2026", "Fifth#Pass2026"};
        for (String p : next) {
            accounts.changeOwnPassword("hist.user", current, p);
            current = p;
        }
        assertThatThrownBy(() -> accounts.changeOwnPassword("hist.user", "Fifth#Pass2026", "First#Pass2026"))
                .isInstanceOf(DomainException.class).hasMessageContaining("最近5次");
        assertThatThrownBy(() -> accounts.changeOwnPassword("hist.user", "Fifth#Pass2026", "Third#Pass2026"))
                .hasMessageContaining("最近5次");
        accounts.changeOwnPassword("hist.user", "Fifth#Pass2026", "Sixth#Pass2026");
        // The first is now six changes back: allowed again.
        accounts.changeOwnPassword("hist.user", "Sixth#Pass2026", "First#Pass2026");
    }

    @Test
    void aPasswordLongerThanSeventyTwoBytesIsRefusedWithAMessage() {
        String chinese = "密码".repeat(13) + "Aa1!"; // 26 Chinese characters = 78 bytes
        assertThat(chinese.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(policy.violations("u", chinese)).anyMatch(v -> v.contains("72字节"));
        assertThat(policy.violations("u", "Aa1!" + "x".repeat(60))).isEmpty(); // 64 characters are fine
        assertThatThrownBy(() -> SystemTask.call(() -> accounts.create("long.pw", chinese, new AccountService.AccountDetails("长", null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("72字节");
    }

    @Test
    void theBlocklistHoldsAtLeastThreeThousandCommonPasswordsAndRefusesThem() throws Exception {
        try (var in = getClass().getResourceAsStream("/security/common-passwords.txt")) {
            long entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
            assertThat(entries).isGreaterThanOrEqualTo(3000);
        }
        assertThat(policy.violations("u", "Woaini1314!")).anyMatch(v -> v.contains("常见"));
        assertThat(policy.violations("u", "Admin@123")).anyMatch(v -> v.contains("常见"));
        assertThat(policy.violations("u", "1qaz@WSX")).anyMatch(v -> v.contains("常见"));
        assertThat(policy.violations("u", "Tidal#Lantern47")).isEmpty();
    }

    @Test
    void thePasswordExpiresAfterTheMaximumAge() {
        var created = SystemTask.call(() -> accounts.create("age.user", "Aging#Pass2026", new AccountService.AccountDetails("期限", null, null)));
        var stored = accounts.get(created.account().getId());
        Instant expires = stored.passwordExpiresAt(90);
        assertThat(expires).isNotNull();
        assertThat(java.time.Duration.between(stored.getPasswordChangedAt(), expires).toDays()).isEqualTo(90);
    }

    @Test
    void fiveFailuresLockOnlyTheFailingAddress() {
        for (int i = 1; i <= 4; i++) {
            assertThat(locks.recordFailure("victim", "203.0.113.9")).isFalse();
        }
        assertThat(locks.recordFailure("victim", "203.0.113.9")).isTrue();
        assertThat(locks.isLocked("victim", "203.0.113.9")).isTrue();
        assertThat(locks.isLocked("victim", "198.51.100.7")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_LOCKED' and actor_username = 'victim'",
                Long.class)).isEqualTo(1);
        locks.recordSuccess("victim", "198.51.100.7");
        assertThat(locks.isLocked("victim", "203.0.113.9")).isTrue();
    }

    @Test
    void theScheduledJobDisablesDormantAccountsButNoAdministratorAndAuditsIt(@Autowired DormantAccountsJob job) {
        long sleeper = SystemTask.call(() -> accounts.create("dormant.user", "Sleep#Well2026", new AccountService.AccountDetails("休眠", null, null)))
                .account().getId();
        long admin = SystemTask.call(() -> {
            long id = accounts.create("dormant.admin", "Sleep#Well2026", new AccountService.AccountDetails("休眠管理员", null, null)).account().getId();
            accounts.grant(id, Role.AUDITOR);
            return id;
        });
        jdbc.update("update user_account set last_login_at = now() - interval '91 days' where id in (?, ?)", sleeper, admin);

        assertThat(SystemTask.call(job::run)).isGreaterThanOrEqualTo(1);

        assertThat(accounts.get(sleeper).isEnabled()).isFalse();
        assertThat(accounts.get(admin).isEnabled()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_DISABLED' and target_id = ?", Long.class,
                String.valueOf(sleeper))).isEqualTo(1);
    }
}
