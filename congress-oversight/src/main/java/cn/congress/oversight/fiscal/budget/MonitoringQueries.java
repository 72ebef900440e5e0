package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.fiscal.budget.MonitoringViews.ExecRow;
import cn.congress.oversight.fiscal.budget.MonitoringViews.Execution;
import cn.congress.oversight.fiscal.budget.MonitoringViews.MonthPoint;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitoring views, aggregated in SQL over the roll-ups the import keeps (units × months and categories ×
 * months), so that a view reads a few thousand rows whatever the size of the execution table. Each view runs three
 * statements: the rows, the monthly series, the month the data reaches.
 */
@Service
@RequiredArgsConstructor
public class MonitoringQueries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** The years with a budget, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        BudgetAccess.requireReader(Caller.current());
        return jdbc.queryForList("select distinct year from fiscal_unit_budget order by year desc", Integer.class);
    }

    /** The elapsed share of the year on the clock's today: 100 for a past year, 0 for a future one. */
    public BigDecimal elapsedPercent(int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < today.getYear()) {
            return BigDecimal.valueOf(100).setScale(2);
        }
        if (year > today.getYear()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(today.getDayOfYear() * 100L).divide(BigDecimal.valueOf(today.lengthOfYear()), 2, RoundingMode.HALF_UP);
    }

    @Transactional(readOnly = true)
    public Execution byDepartment(int year) {
        BudgetAccess.requireReader(Caller.current());
        BigDecimal elapsed = elapsedPercent(year);
        List<ExecRow> rows = jdbc.query("""
                select d.id, d.code, d.name, sum(b.amount), coalesce(sum(s.spent), 0),
                       (select count(*) from fiscal_warning w where w.year = ? and w.department_id = d.id and w.status in ('NEW', 'SENT', 'ANSWERED'))
                from fiscal_unit_budget b join fiscal_budget_unit u on u.id = b.unit_id join org_unit d on d.id = u.department_id
                left join (select unit_id, sum(spent) spent from fiscal_unit_month where year = ? group by unit_id) s on s.unit_id = b.unit_id
                where b.year = ? group by d.id, d.code, d.name, d.sort_order order by d.sort_order, d.id""",
                (rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), elapsed, rs.getLong(6)),
                year, year, year);
        return execution(year, "department", null, elapsed, rows, monthly("select month, sum(spent) from fiscal_unit_month where year = ? group by month", year),
                total(rows));
    }

    @Transactional(readOnly = true)
    public Execution byUnit(int year, long departmentId) {
        BudgetAccess.requireReader(Caller.current());
        Integer known = jdbc.queryForObject("select count(*) from fiscal_budget_unit where department_id = ?", Integer.class, departmentId);
        if (known == null || known == 0) {
            throw new NotFoundException("部门", departmentId);
        }
        BigDecimal elapsed = elapsedPercent(year);
        List<ExecRow> rows = jdbc.query("""
                select u.id, u.code, u.name, b.amount, coalesce(s.spent, 0),
                       (select count(*) from fiscal_warning w where w.year = ? and w.unit_id = u.id and w.status in ('NEW', 'SENT', 'ANSWERED'))
                from fiscal_budget_unit u join fiscal_unit_budget b on b.unit_id = u.id and b.year = ?
                left join (select unit_id, sum(spent) spent from fiscal_unit_month where year = ? group by unit_id) s on s.unit_id = u.id
                where u.department_id = ? order by u.code""",
                (rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), elapsed, rs.getLong(6)),
                year, year, year, departmentId);
        List<MonthPoint> months = monthly("""
                select m.month, sum(m.spent) from fiscal_unit_month m join fiscal_budget_unit u on u.id = m.unit_id
                where m.year = ? and u.department_id = ? group by m.month""", year, departmentId);
        return execution(year, "unit", departmentId, elapsed, rows, months, total(rows));
    }

    @Transactional(readOnly = true)
    public Execution byCategory(int year) {
        BudgetAccess.requireReader(Caller.current());
        BigDecimal elapsed = elapsedPercent(year);
        List<ExecRow> rows = jdbc.query("""
                select c.id, c.code, c.name, b.amount, coalesce(s.spent, 0)
                from fiscal_category c join fiscal_category_budget b on b.category_id = c.id and b.year = ?
                left join (select category_id, sum(spent) spent from fiscal_category_month where year = ? group by category_id) s
                       on s.category_id = c.id
                order by c.code""",
                (rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), elapsed, 0),
                year, year);
        return execution(year, "category", null, elapsed, rows,
                monthly("select month, sum(spent) from fiscal_category_month where year = ? group by month", year), total(rows));
    }

    /** The categories of one unit: its budget lines against the unit's execution rows. */
    @Transactional(readOnly = true)
    public Execution unitLines(int year, long unitId) {
        BudgetAccess.requireReader(Caller.current());
        Long department = jdbc.query("select department_id from fiscal_budget_unit where id = ?", rs -> rs.next() ? rs.getLong(1) : null, unitId);
        if (department == null) {
            throw new NotFoundException("预算单位", unitId);
        }
        BigDecimal elapsed = elapsedPercent(year);
        List<ExecRow> rows = jdbc.query("""
                select c.id, c.code, c.name, b.amount, coalesce(s.spent, 0)
                from (select category_id, amount from fiscal_budget where year = ? and unit_id = ?) b
                full join (select category_id, sum(spent) spent from fiscal_execution where year = ? and unit_id = ? group by category_id) s
                       on s.category_id = b.category_id
                join fiscal_category c on c.id = coalesce(b.category_id, s.category_id)
                order by c.code""",
                (rs, n) -> row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), elapsed, 0),
                year, unitId, year, unitId);
        return execution(year, "lines", department, elapsed, rows,
                monthly("select month, sum(spent) from fiscal_unit_month where year = ? and unit_id = ? group by month", year, unitId), total(rows));
    }

    /** The name of a department, for a page title. */
    @Transactional(readOnly = true)
    public String departmentName(long departmentId) {
        BudgetAccess.requireReader(Caller.current());
        return jdbc.query("select name from org_unit where id = ?", rs -> rs.next() ? rs.getString(1) : null, departmentId);
    }

    /** The name of a budget unit, for a page title. */
    @Transactional(readOnly = true)
    public String unitName(long unitId) {
        BudgetAccess.requireReader(Caller.current());
        return jdbc.query("select name from fiscal_budget_unit where id = ?", rs -> rs.next() ? rs.getString(1) : null, unitId);
    }

    private static ExecRow row(long id, String code, String name, BigDecimal budget, BigDecimal spent, BigDecimal elapsed, long warnings) {
        BigDecimal rate = MonitoringViews.percent(spent, budget);
        return new ExecRow(id, code, name, budget, spent, rate, rate == null ? null : rate.subtract(elapsed), warnings);
    }

    private static BigDecimal[] total(List<ExecRow> rows) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (ExecRow r : rows) {
            budget = budget.add(r.budget() == null ? BigDecimal.ZERO : r.budget());
            spent = spent.add(r.spent());
        }
        return new BigDecimal[]{budget, spent};
    }

    private List<MonthPoint> monthly(String sql, Object... args) {
        BigDecimal[] byMonth = new BigDecimal[13];
        jdbc.query(sql, rs -> {
            byMonth[rs.getInt(1)] = rs.getBigDecimal(2);
        }, args);
        List<MonthPoint> points = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            if (byMonth[m] != null) {
                cumulative = cumulative.add(byMonth[m]);
                points.add(new MonthPoint(m, byMonth[m], cumulative));
            }
        }
        return points;
    }

    private Execution execution(int year, String scope, Long departmentId, BigDecimal elapsed, List<ExecRow> rows, List<MonthPoint> months,
                                BigDecimal[] totals) {
        Integer dataMonth = months.isEmpty() ? null : months.get(months.size() - 1).month();
        List<MonthPoint> rated = months.stream().map(p -> new MonthPoint(p.month(), p.spent(),
                MonitoringViews.percent(p.cumulativeRate(), totals[0]))).toList();
        return new Execution(year, scope, departmentId, dataMonth, elapsed, totals[0], totals[1], MonitoringViews.percent(totals[1], totals[0]),
                rows, rated);
    }
}
