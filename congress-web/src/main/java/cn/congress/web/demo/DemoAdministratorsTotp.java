package cn.congress.web.demo;

import cn.congress.domain.shared.FieldCipher;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Enrols the three demo administrators, who must give a second factor, with the authenticator secret the README
 * publishes ({@link DemoAccounts#ADMIN_TOTP_SECRET}), so that a newcomer and the tests can log in. A contributor of
 * its own (not part of the foundation) so that a demo database loaded before the requirement gets it too; an
 * administrator who has enrolled a phone already keeps it.
 */
@Component
@RequiredArgsConstructor
class DemoAdministratorsTotp implements DemoDataContributor {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    @Override
    public String name() {
        return "administrators-totp";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void load() {
        for (String username : new String[]{"admin", "secadmin", "auditor"}) {
            jdbc.update("update user_account set totp_secret = ?, totp_enabled_at = ?, totp_last_step = 0 where username = ? "
                    + "and totp_secret is null", cipher.encrypt(DemoAccounts.ADMIN_TOTP_SECRET), Timestamp.from(clock.instant()), username);
        }
    }
}
