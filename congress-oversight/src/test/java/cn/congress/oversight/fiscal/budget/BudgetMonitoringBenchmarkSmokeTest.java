package cn.congress.oversight.fiscal.budget;

/** {@link BudgetMonitoringBenchmark} at its small size in the normal suite: its results are checked, its time is not. */
class BudgetMonitoringBenchmarkSmokeTest extends BudgetMonitoringBenchmark {
}
