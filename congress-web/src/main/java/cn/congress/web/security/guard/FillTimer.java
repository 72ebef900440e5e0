package cn.congress.web.security.guard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The minimum time to fill a public form: the page carries the moment it was served, signed so that a script
 * cannot claim an earlier one; a form sent back sooner than a person could type is treated as automated.
 */
@Component
public class FillTimer {

    private final Clock clock;
    private final long minimumMillis;
    private final SecretKeySpec key;

    public FillTimer(Clock clock, @Value("${congress.public-forms.min-fill-seconds:${congress.consultation.min-fill-seconds:3}}") long minimumSeconds) {
        this.clock = clock;
        this.minimumMillis = minimumSeconds * 1000;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String issue() {
        return issueAt(clock.instant());
    }

    public String issueAt(Instant at) {
        String millis = String.valueOf(at.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** True when the token is genuine and old enough. */
    public boolean humanPaced(String token) {
        if (token == null || !token.contains(".")) {
            return false;
        }
        String millis = token.substring(0, token.indexOf('.'));
        if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
                token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            return clock.millis() - Long.parseLong(millis) >= minimumMillis;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
