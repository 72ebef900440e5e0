package cn.congress.web.legislation.consultation;

import cn.congress.web.security.guard.Captcha;
import cn.congress.web.security.guard.FillTimer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate limit, the CAPTCHA threshold and the minimum fill time, on a clock the test moves. */
class AbuseGuardTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-20T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void aBurstIsRefusedAndReleasedAsTokensRefill() {
        MovableClock clock = new MovableClock();
        CommentThrottle throttle = new CommentThrottle(clock, 3, 6, 100, 10);
        assertThat(throttle.tryConsume("a")).isZero();
        assertThat(throttle.tryConsume("a")).isZero();
        assertThat(throttle.tryConsume("a")).isZero();
        long wait = throttle.tryConsume("a");
        assertThat(wait).isEqualTo(10);                 // 6 per minute: one token every 10 s
        assertThat(throttle.tryConsume("b")).isZero();  // another client is not affected
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.tryConsume("a")).isZero();
        assertThat(throttle.tryConsume("a")).isPositive();
    }

    @Test
    void captchaIsRequiredPastTheThresholdAndReleasedWhenSolvedOrAfterTheWindow() {
        MovableClock clock = new MovableClock();
        CommentThrottle throttle = new CommentThrottle(clock, 100, 100, 3, 10);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.captchaRequired("c")).isFalse();
            throttle.accepted("c");
        }
        assertThat(throttle.captchaRequired("c")).isTrue();
        throttle.solved("c");
        assertThat(throttle.captchaRequired("c")).isFalse();
        for (int i = 0; i < 3; i++) {
            throttle.accepted("c");
        }
        assertThat(throttle.captchaRequired("c")).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.captchaRequired("c")).isFalse();
    }

    @Test
    void aFormSentBackTooSoonOrWithAForgedTimeIsNotHumanPaced() {
        MovableClock clock = new MovableClock();
        FillTimer timer = new FillTimer(clock, 3);
        String token = timer.issue();
        assertThat(timer.humanPaced(token)).isFalse();
        clock.advance(Duration.ofSeconds(3));
        assertThat(timer.humanPaced(token)).isTrue();
        String forged = (clock.millis() - 60_000) + "." + "0".repeat(24);
        assertThat(timer.humanPaced(forged)).isFalse();
        assertThat(timer.humanPaced(null)).isFalse();
        assertThat(timer.humanPaced("garbage")).isFalse();
    }

    @Test
    void theCaptchaImageIsAPngAndTheQuestionIsAlsoInWords() {
        Captcha.Challenge c = new Captcha.Challenge("ABCDE", 3, 5);
        byte[] png = new Captcha().png(c);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(c.question()).contains("三加五");
        assertThat(c.sum()).isEqualTo(8);
    }
}
