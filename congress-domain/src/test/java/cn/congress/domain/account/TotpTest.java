package cn.congress.domain.account;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B and RFC 4226 appendix D test vectors, against our own implementation. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hotpMatchesRfc4226AppendixD() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
        for (int i = 0; i < expected.length; i++) {
            assertThat(Totp.hotp(RFC_KEY, i, 6)).isEqualTo(expected[i]);
        }
    }

    @Test
    void totpMatchesRfc6238AppendixBForSha1() {
        String secret = Totp.base32(RFC_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.hotp(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.hotp(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.hotp(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
        assertThat(Totp.hotp(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-29T02:00:10Z");
        String previous = Totp.code(secret, now.minusSeconds(30));
        String next = Totp.code(secret, now.plusSeconds(30));
        String old = Totp.code(secret, now.minusSeconds(90));

        assertThat(Totp.matchingStep(secret, previous, now, 0)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.matchingStep(secret, next, now, 0)).hasValue(Totp.step(now) + 1);
        assertThat(Totp.matchingStep(secret, old, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now, Totp.step(now))).as("replayed").isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEmpty();
        assertThat(Totp.base32Decode(Totp.base32(RFC_KEY))).isEqualTo(RFC_KEY);
    }

    @Test
    void theUriCanBeTypedIntoAnAuthenticatorApp() {
        assertThat(Totp.otpauthUri("示例市人大常委会", "admin", "JBSWY3DPEHPK3PXP"))
                .startsWith("otpauth://totp/").contains("secret=JBSWY3DPEHPK3PXP").contains("digits=6").contains("period=30")
                .doesNotContain(" ");
    }
}
