package cn.congress.web.bench;

/** {@link BallotBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class BallotBenchmarkSmokeTest extends BallotBenchmark {
}
