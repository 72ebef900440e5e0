package cn.congress.domain.account;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The hashes of an account's last passwords, so that none of the last {@value #REMEMBERED} is chosen again. */
@Component
@RequiredArgsConstructor
class PasswordHistory {

    static final int REMEMBERED = 5;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    /** True when the password is the current one or one of the previous four (five in all). */
    boolean recentlyUsed(UserAccount account, String password) {
        if (encoder.matches(password, account.getPasswordHash())) {
            return true;
        }
        List<String> previous = jdbc.queryForList("select password_hash from password_history where user_id = ? "
                + "order by changed_at desc, id desc limit ?", String.class, account.getId(), REMEMBERED - 1);
        return previous.stream().anyMatch(hash -> encoder.matches(password, hash));
    }

    /** Keeps the hash being replaced. */
    void remember(UserAccount account, Instant at) {
        jdbc.update("insert into password_history (user_id, password_hash, changed_at) values (?, ?, ?)",
                account.getId(), account.getPasswordHash(), Timestamp.from(at));
    }
}
