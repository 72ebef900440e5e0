package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.fiscal.budget.ImportViews.RawRow;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningFilter;
import cn.congress.testsupport.Benchmarks;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online budget monitoring at a large city's size: 400 budget units of 40 departments × 200 function categories ×
 * 12 months (960,000 execution rows, seeded in SQL, then rolled up and evaluated as the import does); the execution
 * views and the warning list answer under 200 ms at the median. Also times the import of one month (80,000 rows)
 * through the real stage-and-confirm path. In the normal suite {@link BudgetMonitoringBenchmarkSmokeTest} runs it
 * at 20 units × 10 categories, checking results only.
 * {@code ./mvnw -B -pl congress-oversight -am verify -Pbenchmark -Dtest='BudgetMonitoringBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
@CongressTest
class BudgetMonitoringBenchmark {

    private static final int YEAR = 2099;
    private static final int RUNS = 21;

    @Autowired JdbcTemplate jdbc;
    @Autowired ImportService imports;
    @Autowired WarningRules rules;
    @Autowired MonitoringQueries monitoring;
    @Autowired WarningQueries warnings;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    @Test
    void executionViewsAndTheWarningListAnswerUnder200MillisecondsAtTheMedian() {
        int departments = Benchmarks.size(40, 4);
        int unitsEach = 10;
        int categories = Benchmarks.size(200, 10);
        int units = departments * unitsEach;
        OversightFixture fx = new OversightFixture(orgs, accounts);
        UserAccount staff = fx.account("bench-staff", null);
        OversightFixture.as(staff, Role.STAFF);

        long started = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> deptIds = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            deptIds.add(jdbc.queryForObject("""
                    insert into org_unit (name, code, type, sort_order, active, version, created_at)
                    values (?, ?, 'GOVERNMENT_DEPARTMENT', ?, true, 0, ?) returning id""", Long.class,
                    "基准部门" + d, "BENCH-D" + d, 1000 + d, now));
        }
        List<Object[]> unitRows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            unitRows.add(new Object[]{"BENCH-U" + u, "基准预算单位" + u, deptIds.get(u / unitsEach), now});
        }
        jdbc.batchUpdate("insert into fiscal_budget_unit (code, name, department_id, created_at) values (?, ?, ?, ?)", unitRows);
        List<Object[]> catRows = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            catRows.add(new Object[]{String.format("9%06d", c), "基准科目" + c});
        }
        jdbc.batchUpdate("insert into fiscal_category (code, name) values (?, ?)", catRows);
        jdbc.update("""
                insert into fiscal_budget (year, unit_id, category_id, amount)
                select ?, u.id, c.id, 10000 + ((u.id * 7919 + c.id * 104729) % 990000)
                from fiscal_budget_unit u cross join fiscal_category c where u.code like 'BENCH-U%' and c.code like '9%'""", YEAR);
        // a month's spending is 6% to 10% of the line's budget, so that some lines go over budget late in the year;
        // every 97th line moves a fifth of its budget in
        jdbc.update("""
                insert into fiscal_execution (year, month, unit_id, category_id, spent, transfer)
                select b.year, m, b.unit_id, b.category_id,
                       round(b.amount * (0.06 + ((b.unit_id * 31 + b.category_id * 17 + m * 13) % 100) / 2500.0), 2),
                       case when (b.unit_id * 13 + b.category_id + m) % 97 = 0 then round(b.amount * 0.2, 2) else 0 end
                from fiscal_budget b cross join generate_series(1, 12) m where b.year = ?""", YEAR);
        imports.rollUpBudget(YEAR);
        jdbc.execute("analyze fiscal_execution");
        jdbc.execute("analyze fiscal_budget");
        long evaluating = 0;
        for (int m = 1; m <= 12; m++) {
            imports.rollUpMonth(YEAR, m);
            long t = System.nanoTime();
            rules.evaluate(YEAR, m);
            evaluating += System.nanoTime() - t;
            System.out.printf("BudgetMonitoringBenchmark: month %d rolled up and evaluated (%.1f s so far)%n", m, evaluating / 1e9);
        }
        jdbc.execute("analyze fiscal_execution");
        jdbc.execute("analyze fiscal_budget");
        jdbc.execute("analyze fiscal_unit_month");
        jdbc.execute("analyze fiscal_warning");
        long rows = jdbc.queryForObject("select count(*) from fiscal_execution where year = ?", Long.class, YEAR);
        long raised = jdbc.queryForObject("select count(*) from fiscal_warning where year = ?", Long.class, YEAR);
        System.out.printf("BudgetMonitoringBenchmark: seeded %d execution rows in %.1f s; rules evaluated 12 months in %.1f s, %d warnings%n",
                rows, (System.nanoTime() - started) / 1e9, evaluating / 1e9, raised);
        assertThat(rows).isEqualTo(12L * units * categories);
        assertThat(raised).isPositive();

        long dept = deptIds.get(0);
        long unit = jdbc.queryForObject("select min(id) from fiscal_budget_unit where code like 'BENCH-U%'", Long.class);
        UserAccount deptUser = fx.account("bench-dept", orgs.findById(dept).orElseThrow());
        jdbc.update("update fiscal_warning set status = 'SENT' where year = ? and department_id = ?", YEAR, dept);

        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("execution by department", () -> assertThat(monitoring.byDepartment(YEAR).rows()).hasSizeGreaterThanOrEqualTo(departments));
        cases.put("execution by unit of a department", () -> assertThat(monitoring.byUnit(YEAR, dept).rows()).hasSize(unitsEach));
        cases.put("execution by category", () -> assertThat(monitoring.byCategory(YEAR).rows()).hasSizeGreaterThanOrEqualTo(categories));
        cases.put("execution of one unit by category", () -> assertThat(monitoring.unitLines(YEAR, unit).rows()).hasSize(categories));
        cases.put("warnings: staff, the year", () -> assertThat(warnings.list(new WarningFilter(YEAR, null, null, null), PageRequest.of(0, 20))
                .getTotalElements()).isEqualTo(raised));
        cases.put("warnings: staff, page 51", () -> warnings.list(new WarningFilter(YEAR, null, null, null), PageRequest.of(50, 20)));
        cases.put("warnings: staff, rule + status", () -> warnings.list(new WarningFilter(YEAR, WarningRule.OVER_BUDGET, WarningStatus.NEW, null),
                PageRequest.of(0, 20)));
        cases.put("warnings: staff, one department", () -> warnings.list(new WarningFilter(YEAR, null, null, dept), PageRequest.of(0, 20)));
        double worst = 0;
        for (var e : cases.entrySet()) {
            long[] nanos = time(e.getValue());
            worst = Math.max(worst, Benchmarks.report("BudgetMonitoringBenchmark: " + e.getKey(),
                    units + " units × " + categories + " categories × 12 months", nanos, "median < 200 ms"));
        }
        OversightFixture.as(deptUser, Role.UNIT);
        long[] deptNanos = time(() -> assertThat(warnings.list(new WarningFilter(YEAR, null, null, null), PageRequest.of(0, 20)).getContent())
                .allSatisfy(w -> assertThat(w.departmentName()).isEqualTo("基准部门0")));
        worst = Math.max(worst, Benchmarks.report("BudgetMonitoringBenchmark: warnings: a department, its own",
                units + " units × " + categories + " categories × 12 months", deptNanos, "median < 200 ms"));

        // one month re-imported through the real path: rows read back as a treasury file would hold them
        OversightFixture.as(staff, Role.STAFF);
        List<RawRow> file = new ArrayList<>();
        jdbc.query("""
                select u.code, c.code, e.spent, e.transfer from fiscal_execution e join fiscal_budget_unit u on u.id = e.unit_id
                join fiscal_category c on c.id = e.category_id where e.year = ? and e.month = 12""", rs -> {
            file.add(new RawRow(file.size() + 2, List.of(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).toPlainString(),
                    rs.getBigDecimal(4).toPlainString())));
        }, YEAR);
        long t = System.nanoTime();
        var staged = imports.stage(ImportKind.EXECUTION, YEAR, 12, "基准.csv", file);
        assertThat(staged.errors()).isEmpty();
        assertThat(imports.confirm(staged.importId())).isEqualTo(units * categories);
        long importNanos = System.nanoTime() - t;
        Benchmarks.report("BudgetMonitoringBenchmark: import of one month (stage + confirm)", units * categories + " rows",
                new long[]{importNanos}, "reported only");
        assertThat(jdbc.queryForObject("select count(*) from fiscal_execution where year = ?", Long.class, YEAR)).isEqualTo(rows);
        if (Benchmarks.full()) {
            assertThat(worst).as("the slowest median").isLessThan(200);
        }
    }

    private static long[] time(Runnable r) {
        int warmUp = Benchmarks.size(5, 1);
        for (int i = 0; i < warmUp; i++) {
            r.run();
        }
        int runs = Benchmarks.size(RUNS, 3);
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }
}
