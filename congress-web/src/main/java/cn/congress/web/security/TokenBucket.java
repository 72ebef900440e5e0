package cn.congress.web.security;

/**
 * A token bucket: {@code capacity} tokens, refilled evenly over {@code refillMillis}. Failures take a token; an
 * empty bucket means the limit is reached. Bucket4j is not in the offline repository, and this is all we need.
 */
final class TokenBucket {

    private final int capacity;
    private final double tokensPerMilli;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long refillMillis, long now) {
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) refillMillis;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    synchronized boolean tryConsume(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    synchronized boolean isEmpty(long now) {
        refill(now);
        return tokens < 1;
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerMilli);
            updatedAt = now;
        }
    }
}
