package cn.congress.web.security.guard;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one token bucket and the one CAPTCHA that the login and the public forms share (issue 9). */
class GuardTest {

    @Test
    void aBucketRefillsEvenlyAndSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(20), 0);
        assertThat(bucket.tryConsume(0)).isTrue();
        assertThat(bucket.tryConsume(0)).isTrue();
        assertThat(bucket.tryConsume(0)).isFalse();
        assertThat(bucket.millisUntilToken(0)).isEqualTo(10_000);
        assertThat(bucket.tryConsume(10_000)).isTrue();
        bucket.fill(10_000);
        assertThat(bucket.isFull(10_000)).isTrue();
    }

    @Test
    void aFloodOfNewKeysFailsClosedInsteadOfWipingTheCountsOfTheKeyUnderAttack() {
        KeyedBuckets buckets = new KeyedBuckets(1, Duration.ofMinutes(15), 100);
        buckets.take("admin", 0);
        assertThat(buckets.isEmpty("admin", 0)).isTrue();
        for (int i = 0; i < 500; i++) {
            buckets.take("made-up-" + i, 0);
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(100);
        assertThat(buckets.isEmpty("admin", 0)).as("the attacked account still needs the CAPTCHA").isTrue();
        assertThat(buckets.isEmpty("never-seen", 0)).as("a saturated table treats newcomers as used up").isTrue();
        assertThat(buckets.take("never-seen", 0)).isPositive();
        // Once the buckets are idle (full again), there is room for newcomers.
        assertThat(buckets.isEmpty("never-seen", Duration.ofMinutes(16).toMillis())).isFalse();
    }

    @Test
    void aChallengeAnswersOnlyItsOwnFormOnceByCodeOrBySum() {
        Captcha captcha = new Captcha();
        MockHttpSession session = new MockHttpSession();
        Captcha.Challenge login = captcha.issue(session, Captcha.LOGIN);
        Captcha.Challenge comment = captcha.issue(session, Captcha.PUBLIC_COMMENT);

        assertThat(captcha.check(session, Captcha.LIVELIHOOD_PROPOSAL, login.code())).isFalse();
        assertThat(captcha.check(session, Captcha.LOGIN, login.code().toLowerCase())).isTrue();
        assertThat(captcha.check(session, Captcha.LOGIN, login.code())).as("used up").isFalse();
        assertThat(captcha.png(session, Captcha.PUBLIC_COMMENT)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(captcha.check(session, Captcha.PUBLIC_COMMENT, String.valueOf(comment.sum()))).isTrue();
        assertThat(comment.question()).startsWith("请计算：").contains("加");
    }
}
