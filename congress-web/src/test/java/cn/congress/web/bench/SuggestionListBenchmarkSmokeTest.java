package cn.congress.web.bench;

/** {@link SuggestionListBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class SuggestionListBenchmarkSmokeTest extends SuggestionListBenchmark {
}
