package cn.congress.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
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
    private final Map<String, TokenBucket> byUsername = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> ipSlow = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> ipCaptcha = new ConcurrentHashMap<>();
    private final Map<String, Long> lastAttempt = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What an attempt for this username from this address must do before its password is even checked. */
    Verdict check(String username, String ip) {
        long now = clock.millis();
        if (captchaRequired(username, ip)) {
            return Verdict.CAPTCHA;
        }
        TokenBucket slow = ipSlow.get(ip);
        Long last = lastAttempt.get(ip);
        if (slow != null && slow.isEmpty(now) && last != null && now - last < settings.slowInterval().toMillis()) {
            return Verdict.SLOW_DOWN;
        }
        return Verdict.ALLOW;
    }

    boolean captchaRequired(String username, String ip) {
        long now = clock.millis();
        TokenBucket user = byUsername.get(key(username));
        TokenBucket addr = ipCaptcha.get(ip);
        return (user != null && user.isEmpty(now)) || (addr != null && addr.isEmpty(now));
    }

    void recordFailure(String username, String ip) {
        long now = clock.millis();
        trim(now);
        long window = settings.window().toMillis();
        byUsername.computeIfAbsent(key(username), k -> new TokenBucket(settings.usernameCaptchaAfter(), window, now)).tryConsume(now);
        ipSlow.computeIfAbsent(ip, k -> new TokenBucket(settings.ipSlowAfter(), window, now)).tryConsume(now);
        ipCaptcha.computeIfAbsent(ip, k -> new TokenBucket(settings.ipCaptchaAfter(), window, now)).tryConsume(now);
        lastAttempt.put(ip, now);
    }

    /** A solved CAPTCHA or a success does not wipe the failure counts: only time does. */
    void recordAttempt(String ip) {
        lastAttempt.put(ip, clock.millis());
    }

    /** Keeps memory bounded under a flood of made-up usernames: full (idle) buckets are dropped first. */
    private void trim(long now) {
        if (byUsername.size() + ipSlow.size() > MAX_KEYS) {
            byUsername.values().removeIf(b -> b.isFull(now));
            ipSlow.values().removeIf(b -> b.isFull(now));
            ipCaptcha.values().removeIf(b -> b.isFull(now));
            lastAttempt.keySet().retainAll(ipSlow.keySet());
        }
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase();
        return k.length() > 64 ? k.substring(0, 64) : k;
    }
}
