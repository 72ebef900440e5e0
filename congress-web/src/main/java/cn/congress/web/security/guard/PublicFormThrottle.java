package cn.congress.web.security.guard;

import java.time.Clock;
import java.time.Duration;

/**
 * The per-client limits of an anonymous public form, the same for every such form: a token bucket that refuses a
 * burst (the page answers 429 in Chinese), and a second bucket of recent accepted submissions past which the client
 * must solve the {@link Captcha}. A feature declares one as a bean with its own settings.
 */
public class PublicFormThrottle {

    private static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final KeyedBuckets burst;
    private final KeyedBuckets beforeCaptcha;

    /**
     * @param burst          submissions at once
     * @param perMinute      the rate at which the burst allowance comes back
     * @param captchaAfter   accepted submissions within {@code captchaWindow} after which the CAPTCHA is asked
     */
    public PublicFormThrottle(Clock clock, int burst, double perMinute, int captchaAfter, Duration captchaWindow) {
        this.clock = clock;
        this.burst = new KeyedBuckets(burst, Duration.ofMillis((long) (burst * 60_000 / perMinute)), MAX_CLIENTS);
        this.beforeCaptcha = new KeyedBuckets(captchaAfter, captchaWindow, MAX_CLIENTS);
    }

    /** Takes one token; 0 when allowed, else the seconds to wait before the next attempt. */
    public long tryConsume(String client) {
        long millis = burst.take(client, clock.millis());
        return millis == 0 ? 0 : (millis + 999) / 1000;
    }

    /** Whether the client has submitted often enough recently that it must solve the CAPTCHA. */
    public boolean captchaRequired(String client) {
        return beforeCaptcha.isEmpty(client, clock.millis());
    }

    /** Counts an accepted submission toward the CAPTCHA threshold. */
    public void accepted(String client) {
        beforeCaptcha.take(client, clock.millis());
    }

    /** A solved CAPTCHA releases the client until the threshold is reached again. */
    public void solved(String client) {
        beforeCaptcha.fill(client, clock.millis());
    }
}
