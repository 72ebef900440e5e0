package cn.congress.legislation.consultation;

import cn.congress.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One-time codes that verify a phone for real-name consultations (后台实名). Codes are stored hashed, live for
 * {@link #VALIDITY}, are used once, and a phone gets at most one code per {@link #RESEND_AFTER}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PhoneVerifications {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SmsGateway sms;
    private final Clock clock;

    public void send(String phone) {
        if (phone == null || !phone.matches("1\\d{10}")) {
            throw new DomainException("请填写11位手机号码");
        }
        Instant now = clock.instant();
        Integer recent = jdbc.queryForObject("select count(*) from phone_verification where phone = ? and created_at > ?", Integer.class,
                phone, Timestamp.from(now.minus(RESEND_AFTER)));
        if (recent != null && recent > 0) {
            throw new DomainException("验证码已发送，请" + RESEND_AFTER.toSeconds() + "秒后再试");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        jdbc.update("insert into phone_verification (phone, code_hash, expires_at, created_at) values (?, ?, ?, ?)",
                phone, CommentText.hash(phone + ":" + code), Timestamp.from(now.plus(VALIDITY)), Timestamp.from(now));
        sms.send(phone, "您正在参与法规草案征求意见，验证码" + code + "，" + VALIDITY.toMinutes() + "分钟内有效。");
    }

    /** True, and the code used up, when the code is the phone's latest unexpired one. */
    public boolean verify(String phone, String code) {
        if (phone == null || code == null) {
            return false;
        }
        int used = jdbc.update("""
                update phone_verification set used = true
                where id = (select id from phone_verification where phone = ? and used = false and expires_at > ? order by created_at desc limit 1)
                  and code_hash = ?
                """, phone, Timestamp.from(clock.instant()), CommentText.hash(phone + ":" + code.strip()));
        return used == 1;
    }
}
