package cn.congress.legislation.bench;

/** {@link ComparisonBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class ComparisonBenchmarkSmokeTest extends ComparisonBenchmark {
}
