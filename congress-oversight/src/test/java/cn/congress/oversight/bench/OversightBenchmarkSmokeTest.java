package cn.congress.oversight.bench;

/** {@link OversightBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class OversightBenchmarkSmokeTest extends OversightBenchmark {
}
