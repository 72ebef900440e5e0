package cn.congress.domain.account;

import cn.congress.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void anAdministratorRoleIsHeldAlone() {
        UserAccount admin = new UserAccount("a", "甲", "{noop}x", null);
        admin.grant(Role.ADMIN);

        assertThatThrownBy(() -> admin.grant(Role.AUDITOR)).isInstanceOf(DomainException.class).hasMessageContaining("三员分立");
        assertThatThrownBy(() -> admin.grant(Role.STAFF)).isInstanceOf(DomainException.class).hasMessageContaining("不能再授予");
    }

    @Test
    void aBusinessUserCannotBecomeAnAdministrator() {
        UserAccount staff = new UserAccount("s", "乙", "{noop}x", null);
        staff.grant(Role.STAFF);
        staff.grant(Role.MEMBER);

        assertThatThrownBy(() -> staff.grant(Role.SECURITY_ADMIN)).isInstanceOf(DomainException.class);
        assertThat(staff.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.MEMBER);
    }

    @Test
    void anAdministratorResetMeansTheOwnerMustChooseANewPassword() {
        UserAccount account = new UserAccount("u", "丙", "{noop}x", null);
        account.changePassword("{noop}mine", now);
        assertThat(account.isMustChangePassword()).isFalse();

        account.resetPassword("{noop}temp", now);
        assertThat(account.isMustChangePassword()).isTrue();
    }
}
