package cn.congress.domain.account;

import cn.congress.domain.shared.DomainException;
import cn.congress.testsupport.CongressTest;
import cn.congress.domain.shared.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountCreatedByTheAdministratorMustChangeItsPasswordAndStoresOnlyAHash() {
        var created = SystemTask.call(() -> accounts.create("Li.Ming", null, new AccountService.AccountDetails("李明", null, null)));

        UserAccount account = created.account();
        assertThat(account.getUsername()).isEqualTo("li.ming");
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(created.initialPassword());
        assertThat(encoder.matches(created.initialPassword(), account.getPasswordHash())).isTrue();
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        SystemTask.call(() -> accounts.create("zhao", null, new AccountService.AccountDetails("赵", null, null)));
        assertThatThrownBy(() -> SystemTask.call(() -> accounts.create("ZHAO", null, new AccountService.AccountDetails("赵二", null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("已被使用");
    }

    @Test
    void aWeakInitialPasswordIsRefused() {
        assertThatThrownBy(() -> SystemTask.call(() -> accounts.create("qian", "12345678", new AccountService.AccountDetails("钱", null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("至少三类");
    }

    @Test
    void changingTheOwnPasswordChecksTheCurrentOneAndThePolicy() {
        var created = SystemTask.call(() -> accounts.create("sun", null, new AccountService.AccountDetails("孙", null, null)));
        assertThatThrownBy(() -> accounts.changeOwnPassword("sun", "wrong", "River#Stone42")).hasMessageContaining("当前密码不正确");
        assertThatThrownBy(() -> accounts.changeOwnPassword("sun", created.initialPassword(), "sun-Sun-1234")).hasMessageContaining("用户名");

        accounts.changeOwnPassword("sun", created.initialPassword(), "River#Stone42");

        UserAccount account = accounts.byUsername("sun");
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(encoder.matches("River#Stone42", account.getPasswordHash())).isTrue();
    }

    @Test
    void theDatabaseItselfRefusesASecondRoleForAnAdministrator() {
        var created = SystemTask.call(() -> accounts.create("zhou", null, new AccountService.AccountDetails("周", null, null)));
        long id = created.account().getId();
        SystemTask.run(() -> accounts.grant(id, Role.AUDITOR));

        assertThatThrownBy(() -> jdbc.update("insert into user_role (user_id, role) values (?, 'STAFF')", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("三员分立");
    }

    @Test
    void roleChangesAreAuditedWithBeforeAndAfter() {
        var created = SystemTask.call(() -> accounts.create("wu", null, new AccountService.AccountDetails("吴", null, null)));
        long id = created.account().getId();
        SystemTask.run(() -> accounts.grant(id, Role.STAFF));
        SystemTask.run(() -> accounts.grant(id, Role.MEMBER));
        SystemTask.run(() -> accounts.revoke(id, Role.STAFF));

        var rows = jdbc.queryForList("select action, before_value::text as b, after_value::text as a from audit_entry "
                + "where target_type = 'UserAccount' and target_id = ? and action like 'ROLE_%' order by id", String.valueOf(id));
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("ROLE_GRANT", "ROLE_GRANT", "ROLE_REVOKE");
        assertThat((String) rows.get(2).get("b")).contains("STAFF").contains("MEMBER");
        assertThat((String) rows.get(2).get("a")).contains("MEMBER").doesNotContain("STAFF");
    }
}
