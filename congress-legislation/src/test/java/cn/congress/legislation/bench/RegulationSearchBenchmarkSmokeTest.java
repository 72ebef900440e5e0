package cn.congress.legislation.bench;

/** {@link RegulationSearchBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class RegulationSearchBenchmarkSmokeTest extends RegulationSearchBenchmark {
}
