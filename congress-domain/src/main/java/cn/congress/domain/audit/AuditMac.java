package cn.congress.domain.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * HMAC-SHA256 with the audit key from configuration ({@code congress.security.keys.audit-hmac}), which never enters
 * the database: whoever can write to the database alone cannot produce a valid MAC. The application does not start
 * without a key of at least 32 bytes.
 */
@Component
class AuditMac {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    AuditMac(@Value("${congress.security.keys.audit-hmac:}") String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("congress.security.keys.audit-hmac (CONGRESS_AUDIT_HMAC_KEY) is not valid base64");
        }
        if (raw.length < 32) {
            throw new IllegalStateException("congress.security.keys.audit-hmac (CONGRESS_AUDIT_HMAC_KEY) must be set to a base64 key"
                    + " of at least 32 bytes, e.g. `openssl rand -base64 32`; it is kept outside the database");
        }
        this.key = new SecretKeySpec(raw, ALGORITHM);
    }

    /** The MAC of the given fields, each length-prefixed so that no two field lists encode alike. */
    String of(Object... fields) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (Object field : fields) {
                if (field == null) {
                    mac.update(ByteBuffer.allocate(4).putInt(-1).array());
                    continue;
                }
                byte[] bytes = encode(field).getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Compares in constant time, so that a probe cannot learn a MAC byte by byte. */
    static boolean same(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static String encode(Object field) {
        // Microseconds since the epoch: what PostgreSQL keeps of a timestamptz.
        if (field instanceof Instant instant) {
            return Long.toString(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000);
        }
        return field.toString();
    }
}
