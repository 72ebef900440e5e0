package cn.congress.web.legislation.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client limits of the public comment form, kept in memory per instance (a burst is slowed where it arrives):
 * a token bucket that refuses a burst (429, said in Chinese), and a counter of recent submissions past which the
 * client must solve the CAPTCHA. Bucket4j (the library the design names) is not in this build's offline repository,
 * so this is a small token bucket of our own; the login throttle of another feature may later share one library.
 */
@Component
class CommentThrottle {

    private static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final int capacity;
    private final double refillPerSecond;
    private final int captchaThreshold;
    private final long captchaWindowMillis;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    CommentThrottle(Clock clock,
                    @Value("${congress.consultation.burst:10}") int capacity,
                    @Value("${congress.consultation.per-minute:10}") double perMinute,
                    @Value("${congress.consultation.captcha-after:3}") int captchaThreshold,
                    @Value("${congress.consultation.captcha-window-minutes:10}") long captchaWindowMinutes) {
        this.clock = clock;
        this.capacity = capacity;
        this.refillPerSecond = perMinute / 60.0;
        this.captchaThreshold = captchaThreshold;
        this.captchaWindowMillis = captchaWindowMinutes * 60_000;
    }

    /** Takes one token; 0 when allowed, else the seconds to wait before the next attempt. */
    long tryConsume(String client) {
        return bucket(client).take(clock.millis());
    }

    /** Whether the client has submitted often enough recently that it must solve the CAPTCHA. */
    boolean captchaRequired(String client) {
        return bucket(client).recent(clock.millis()) >= captchaThreshold;
    }

    /** Counts an accepted submission toward the CAPTCHA threshold. */
    void accepted(String client) {
        bucket(client).count(clock.millis());
    }

    /** A solved CAPTCHA releases the client until the threshold is reached again. */
    void solved(String client) {
        bucket(client).resetRecent();
    }

    private Bucket bucket(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            // A flood of distinct addresses must not exhaust memory: forget everyone, the limits start afresh.
            buckets.clear();
        }
        return buckets.computeIfAbsent(client == null ? "?" : client, k -> new Bucket(capacity, clock.millis()));
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;
        private int recent;
        private long windowStart;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
            this.windowStart = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) / 1000.0 * refillPerSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / refillPerSecond);
        }

        synchronized int recent(long now) {
            if (now - windowStart > captchaWindowMillis) {
                windowStart = now;
                recent = 0;
            }
            return recent;
        }

        synchronized void count(long now) {
            recent(now);
            recent++;
        }

        synchronized void resetRecent() {
            recent = 0;
        }
    }
}
