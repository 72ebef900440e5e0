package cn.congress.web.security.guard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link TokenBucket} per key (a client address, a username), kept in memory per instance: a burst is slowed
 * where it arrives. Memory stays bounded under a flood of made-up keys: idle (full) buckets are dropped first; if the
 * table is still full, a key not yet in it counts as used up (fail closed) until buckets fall idle again. Forgetting
 * everyone instead would let a flood of made-up usernames wipe the count of the one under attack.
 */
public final class KeyedBuckets {

    private final int capacity;
    private final Duration refill;
    private final int maxKeys;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private static final long SWEEP_INTERVAL_MILLIS = 1000;
    private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE / 2);

    public KeyedBuckets(int capacity, Duration refill, int maxKeys) {
        this.capacity = capacity;
        this.refill = refill;
        this.maxKeys = maxKeys;
    }

    /** Takes a token for the key; 0 when taken, else the milliseconds until one comes back. */
    public long take(String key, long now) {
        TokenBucket bucket = bucket(key, now);
        if (bucket == null) {
            return refill.toMillis();
        }
        return bucket.tryConsume(now) ? 0 : Math.max(1, bucket.millisUntilToken(now));
    }

    /** Whether the key has used up its tokens (a key never seen has not, unless the table is saturated). */
    public boolean isEmpty(String key, long now) {
        TokenBucket bucket = buckets.get(normalized(key));
        if (bucket == null) {
            return saturated(now);
        }
        return bucket.isEmpty(now);
    }

    public void fill(String key, long now) {
        TokenBucket bucket = buckets.get(normalized(key));
        if (bucket != null) {
            bucket.fill(now);
        }
    }

    public int size() {
        return buckets.size();
    }

    /** The bucket of the key, created if there is room; null when the table is saturated. */
    private TokenBucket bucket(String key, long now) {
        String k = normalized(key);
        TokenBucket existing = buckets.get(k);
        if (existing != null) {
            return existing;
        }
        if (saturated(now)) {
            return null;
        }
        return buckets.computeIfAbsent(k, x -> new TokenBucket(capacity, refill, now));
    }

    /**
     * Sweeps idle buckets at most once a second: while the table stays full of buckets that are not idle yet, every
     * new key would otherwise scan all of them (a national consultation brings 100,000 addresses within minutes).
     */
    private boolean saturated(long now) {
        if (buckets.size() >= maxKeys) {
            long last = lastSweep.get();
            if (now - last >= SWEEP_INTERVAL_MILLIS && lastSweep.compareAndSet(last, now)) {
                buckets.values().removeIf(b -> b.isFull(now));
            }
        }
        return buckets.size() >= maxKeys;
    }

    private static String normalized(String key) {
        String k = key == null ? "" : key.trim().toLowerCase();
        return k.length() > 64 ? k.substring(0, 64) : k;
    }
}
