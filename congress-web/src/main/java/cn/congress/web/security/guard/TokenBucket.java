package cn.congress.web.security.guard;

import java.time.Duration;

/**
 * A token bucket: {@code capacity} tokens, refilled evenly over {@code refill}. The one limiter of the application:
 * the login throttle and the public forms both count with it. Bucket4j is not in the offline repository, and this is
 * all either needs. Time is passed in (from the injected clock), so a test can move it.
 */
public final class TokenBucket {

    private final int capacity;
    private final double tokensPerMilli;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int capacity, Duration refill, long now) {
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) Math.max(1, refill.toMillis());
        this.tokens = capacity;
        this.updatedAt = now;
    }

    public synchronized boolean tryConsume(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Milliseconds until the next token, 0 when one is there. */
    public synchronized long millisUntilToken(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / tokensPerMilli);
    }

    public synchronized boolean isEmpty(long now) {
        refill(now);
        return tokens < 1;
    }

    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    /** Back to full at once (a solved CAPTCHA releases its client). */
    public synchronized void fill(long now) {
        tokens = capacity;
        updatedAt = now;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerMilli);
            updatedAt = now;
        }
    }
}
