package cn.congress.oversight.fiscal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What the monitoring pages receive: execution against budget by department, unit or category. */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    /** Percent of {@code part} in {@code whole}, two decimals; {@code null} when there is no budget. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** One line of an execution table: a department, a unit or a category. */
    public record ExecRow(long id, String code, String name, BigDecimal budget, BigDecimal spent, BigDecimal rate, BigDecimal gap,
                          long openWarnings) {
        public boolean overBudget() {
            return budget != null && spent.compareTo(budget) > 0;
        }

        /** Behind the year's schedule: execution below the elapsed share of the year. */
        public boolean lagging() {
            return gap != null && gap.signum() < 0;
        }

        /** Budget in 万元 for display. */
        public BigDecimal budgetWan() {
            return budget == null ? null : budget.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
        }

        public BigDecimal spentWan() {
            return spent.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
        }
    }

    public record MonthPoint(int month, BigDecimal spent, BigDecimal cumulativeRate) {
    }

    /**
     * An execution view of a year: the totals, the elapsed share of the year from the clock, the month the data
     * reaches, the rows, and the cumulative execution by month for the chart.
     */
    public record Execution(int year, String scope, Long departmentId, Integer dataMonth, BigDecimal elapsedPercent,
                            BigDecimal budget, BigDecimal spent, BigDecimal rate, List<ExecRow> rows, List<MonthPoint> months) {
        public BigDecimal budgetWan() {
            return budget.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
        }

        public BigDecimal spentWan() {
            return spent.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
        }
    }
}
