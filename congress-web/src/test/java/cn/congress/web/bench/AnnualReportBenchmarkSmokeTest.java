package cn.congress.web.bench;

/** {@link AnnualReportBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class AnnualReportBenchmarkSmokeTest extends AnnualReportBenchmark {
}
