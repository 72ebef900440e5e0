package cn.congress.testsupport;

import java.util.Arrays;

/**
 * The two sizes of every {@code *Benchmark}: with the {@code benchmark} profile (which sets
 * {@code -Dbenchmark.full=true}) the full size and its time targets; otherwise a small size that only checks the
 * results are right, so that each benchmark's correctness runs in the normal suite (its {@code *BenchmarkSmokeTest}).
 * {@link #report} prints the line {@code bench/run-benchmarks.sh} collects into its table.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static boolean full() {
        return Boolean.getBoolean("benchmark.full");
    }

    /** {@code full} with the benchmark profile, {@code small} in the normal suite. */
    public static int size(int full, int small) {
        return full() ? full : small;
    }

    /**
     * Prints {@code BENCHMARK|name|size|median ms|p95 ms|target} for the measured durations (nanoseconds).
     * Returns the median in milliseconds.
     */
    public static double report(String name, String size, long[] nanos, String target) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
        System.out.printf("BENCHMARK|%s|%s|%.1f|%.1f|%s|%s%n", name, size, median, p95, target, full() ? "full" : "small");
        return median;
    }
}
