package cn.congress.web.legislation.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The minimum time to fill the comment form: the page carries the moment it was served, signed so that a script
 * cannot claim an earlier one; a form sent back sooner than a person could type is treated as automated.
 */
@Component
class FillTimer {

    private final Clock clock;
    private final long minimumMillis;
    private final SecretKeySpec key;

    FillTimer(Clock clock, @Value("${congress.consultation.min-fill-seconds:3}") long minimumSeconds) {
        this.clock = clock;
        this.minimumMillis = minimumSeconds * 1000;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String issue() {
        return issueAt(clock.instant());
    }

    String issueAt(Instant at) {
        String millis = String.valueOf(at.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** True when the token is genuine and old enough. */
    boolean humanPaced(String token) {
        if (token == null || !token.contains(".")) {
            return false;
        }
        String millis = token.substring(0, token.indexOf('.'));
        if (!sign(millis).equals(token.substring(token.indexOf('.') + 1))) {
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
