package cn.congress.deputies.bench;

/** {@link StationBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class StationBenchmarkSmokeTest extends StationBenchmark {
}
