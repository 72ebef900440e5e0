package cn.congress.web.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Cryptographically strong random bytes without a shared lock. The JDK's default {@code SecureRandom} on Linux
 * (NativePRNG) serialises every caller on one global lock; the masked CSRF token of every page (BREACH protection)
 * draws from it, and under 32 concurrent requests the threads queued there. Each thread here has its own DRBG
 * instance, seeded from the system's entropy when the thread first asks.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG", e);
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        perThread.get().nextBytes(bytes);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return perThread.get().generateSeed(numBytes);
    }

    @Override
    public void setSeed(long seed) {
        // called once by SecureRandom's own constructor, before the field exists; seeding is the DRBGs' business
    }

    @Override
    public void setSeed(byte[] seed) {
        perThread.get().setSeed(seed);
    }

    @Override
    public String getAlgorithm() {
        return "DRBG (per thread)";
    }
}
