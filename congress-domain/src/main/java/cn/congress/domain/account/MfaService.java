package cn.congress.domain.account;

import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.FieldCipher;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Two-factor authentication with an authenticator app (TOTP, RFC 6238): offered to every account. The secret is
 * stored encrypted ({@link FieldCipher}), a code is accepted once (the last used time step is kept), and ten recovery
 * codes, stored only as SHA-256 hashes, each work once. Only the security administrator resets another account's
 * enrolment (三员分立: nobody their own). Every enrolment, reset and failure is audited.
 */
@Service
@RequiredArgsConstructor
public class MfaService {

    public static final String ISSUER = "人大常委会履职平台";
    private static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final AuditLog auditLog;
    private final Clock clock;

    /** A secret offered for enrolment: typed into the app by hand, or through the otpauth URI. */
    public record Enrolment(String secret, String uri) {
    }

    public boolean enabled(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select totp_enabled_at is not null from user_account where id = ?",
                Boolean.class, accountId));
    }

    /** A new secret for the caller; nothing is stored until a code from the app confirms it. */
    public Enrolment offer() {
        ownAccountId();
        String secret = Totp.newSecret();
        return new Enrolment(secret, uriOf(secret));
    }

    /**
     * Turns two-factor authentication on for the caller once a code from the app proves the secret was entered;
     * returns the recovery codes, shown this once.
     */
    @Transactional
    public List<String> confirm(String secret, String code) {
        long id = ownAccountId();
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new DomainException("验证码不正确：请确认手机时间准确，并输入认证应用中当前显示的6位数字");
        }
        jdbc.update("update user_account set totp_secret = ?, totp_enabled_at = ?, totp_last_step = ? where id = ?",
                cipher.encrypt(secret), Timestamp.from(clock.instant()), step.getAsLong(), id);
        List<String> codes = newRecoveryCodes(id);
        auditLog.record(AuditAction.MFA_ENROLLED, "UserAccount", id, "启用双因素认证（认证应用），生成" + RECOVERY_CODES + "个恢复码");
        return codes;
    }

    /** The second step of a login: a current code from the app, or an unused recovery code. */
    @Transactional
    public boolean verify(long accountId, String code) {
        Map<String, Object> row = jdbc.queryForList(
                "select username, totp_secret, totp_last_step from user_account where id = ? and totp_enabled_at is not null for update",
                accountId).stream().findFirst().orElse(null);
        if (row == null || code == null) {
            return false;
        }
        String given = code.strip().toUpperCase();
        OptionalLong step = Totp.matchingStep(cipher.decrypt((String) row.get("totp_secret")), given, clock.instant(),
                ((Number) row.get("totp_last_step")).longValue());
        if (step.isPresent()) {
            jdbc.update("update user_account set totp_last_step = ? where id = ?", step.getAsLong(), accountId);
            return true;
        }
        int used = jdbc.update("update mfa_recovery_code set used_at = ? where id = (select id from mfa_recovery_code "
                        + "where user_id = ? and code_hash = ? and used_at is null limit 1)",
                Timestamp.from(clock.instant()), accountId, hash(given.replace("-", "")));
        if (used == 1) {
            auditLog.record(AuditAction.MFA_RECOVERY_CODE_USED, "UserAccount", accountId, "以恢复码完成双因素认证（该恢复码已作废）");
            return true;
        }
        auditLog.record(AuditAction.MFA_FAILURE, "UserAccount", accountId, "双因素认证验证码错误：" + row.get("username"));
        return false;
    }

    /** Unused recovery codes of the caller. */
    public long recoveryCodesLeft() {
        return jdbc.queryForObject("select count(*) from mfa_recovery_code where user_id = ? and used_at is null", Long.class,
                ownAccountId());
    }

    /** The otpauth URI of an offered secret, for the caller. */
    public String uriOf(String secret) {
        return Totp.otpauthUri(ISSUER, Caller.current().username(), secret);
    }

    private static long ownAccountId() {
        Long id = Caller.current().accountId();
        if (id == null) {
            throw new AccessDeniedException("请先登录");
        }
        return id;
    }

    /** Re-enrolment: the security administrator clears another account's enrolment (the owner then enrols anew). */
    @Transactional
    public void reset(long accountId) {
        Caller caller = Caller.current();
        if (!caller.has(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("只有安全管理员可以重置双因素认证");
        }
        if (caller.accountId() != null && caller.accountId() == accountId) {
            throw new DomainException("不能重置本人账户的双因素认证，请由另一名安全管理员操作");
        }
        int changed = jdbc.update("update user_account set totp_secret = null, totp_enabled_at = null, totp_last_step = 0 where id = ?", accountId);
        if (changed == 0) {
            throw new NotFoundException("账户", accountId);
        }
        jdbc.update("delete from mfa_recovery_code where user_id = ?", accountId);
        auditLog.record(AuditAction.MFA_RESET, "UserAccount", accountId, "安全管理员重置双因素认证，账户须重新启用");
    }

    private List<String> newRecoveryCodes(long id) {
        jdbc.update("delete from mfa_recovery_code where user_id = ?", id);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder c = new StringBuilder();
            for (int k = 0; k < 10; k++) {
                c.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(c.substring(0, 5) + "-" + c.substring(5));
            jdbc.update("insert into mfa_recovery_code (user_id, code_hash) values (?, ?)", id, hash(c.toString()));
        }
        return codes;
    }

    /** Recovery codes carry 50 bits of randomness each, so a plain SHA-256 is enough to keep them unreadable at rest. */
    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
