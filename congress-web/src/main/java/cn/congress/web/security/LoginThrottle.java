package cn.congress.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import cn.congress.web.security.guard.KeyedBuckets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then gates password guessing without giving anybody a lock-out weapon (等保 8.1.4.1 b, ASVS 6.3.1):
 * failures are counted per client address and per username (known or not, so nothing is disclosed). An address
 * past {@code ipSlowAfter} failures must leave {@code slowInterval} between attempts; an address past
 * {@code ipCaptchaAfter} failures, or a username past {@code usernameCaptchaAfter} failures from anywhere, must
 * answer the application's own CAPTCHA. The tokens come back over {@code window}. No thread ever sleeps.
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Settings.class)
class LoginThrottle {

    private static final int MAX_KEYS = 50_000;

    @ConfigurationProperties(prefix = "congress.security.login")
    record Settings(Integer usernameCaptchaAfter, Integer ipSlowAfter, Integer ipCaptchaAfter, Duration window, Duration slowInterval) {
        Settings {
            usernameCaptchaAfter = usernameCaptchaAfter == null ? 3 : usernameCaptchaAfter;
            ipSlowAfter = ipSlowAfter == null ? 5 : ipSlowAfter;
            ipCaptchaAfter = ipCaptchaAfter == null ? 10 : ipCaptchaAfter;
            window = window == null ? Duration.ofMinutes(15) : window;
            slowInterval = slowInterval == null ? Duration.ofSeconds(3) : slowInterval;
        }
    }

    enum Verdict { ALLOW, SLOW_DOWN, CAPTCHA }

    private final Settings settings;
    private final Clock clock;
    private final KeyedBuckets byUsername;
    private final KeyedBuckets ipSlow;
    private final KeyedBuckets ipCaptcha;
    private final Map<String, Long> lastAttempt = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byUsername = new KeyedBuckets(settings.usernameCaptchaAfter(), settings.window(), MAX_KEYS);
        this.ipSlow = new KeyedBuckets(settings.ipSlowAfter(), settings.window(), MAX_KEYS);
        this.ipCaptcha = new KeyedBuckets(settings.ipCaptchaAfter(), settings.window(), MAX_KEYS);
    }

    /** What an attempt for this username from this address must do before its password is even checked. */
    Verdict check(String username, String ip) {
        long now = clock.millis();
        if (captchaRequired(username, ip)) {
            return Verdict.CAPTCHA;
        }
        Long last = lastAttempt.get(ip);
        if (ipSlow.isEmpty(ip, now) && last != null && now - last < settings.slowInterval().toMillis()) {
            return Verdict.SLOW_DOWN;
        }
        return Verdict.ALLOW;
    }

    boolean captchaRequired(String username, String ip) {
        long now = clock.millis();
        return byUsername.isEmpty(username, now) || ipCaptcha.isEmpty(ip, now);
    }

    void recordFailure(String username, String ip) {
        long now = clock.millis();
        byUsername.take(username, now);
        ipSlow.take(ip, now);
        ipCaptcha.take(ip, now);
        recordAttempt(ip);
    }

    /** A solved CAPTCHA or a success does not wipe the failure counts: only time does. */
    void recordAttempt(String ip) {
        if (lastAttempt.size() >= MAX_KEYS) {
            // Bounded under a flood of addresses; losing the times only lets an address skip one pause.
            lastAttempt.clear();
        }
        lastAttempt.put(ip, clock.millis());
    }
}
