package cn.congress.web.bench;

/** {@link LivelihoodBallotBenchmark} at its small size in the normal suite: its ballots are checked, its time is not. */
class LivelihoodBallotBenchmarkSmokeTest extends LivelihoodBallotBenchmark {
}
