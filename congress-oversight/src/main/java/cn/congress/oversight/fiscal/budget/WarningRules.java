package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.rules.Rules;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The warning rules, evaluated in SQL over the roll-ups when a month's execution is confirmed. Thresholds are the
 * rules' values in force on the last day of the month evaluated. Warnings of the month not yet sent are replaced by
 * the new evaluation; a warning already sent, answered or closed stays as it is (the unique key keeps it once).
 */
@Component
@RequiredArgsConstructor
class WarningRules {

    private static final String INSERT = """
            insert into fiscal_warning (year, month, rule, unit_id, department_id, category_id, measured, threshold, amount,
                                        status, created_at, created_by)
            """;
    private static final String ONCE = " on conflict (year, month, rule, unit_id, coalesce(category_id, 0)) do nothing";

    private final Rules rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Re-evaluates the month; returns the number of warnings it raised. */
    int evaluate(int year, int month) {
        LocalDate on = ImportService.lastDay(year, month);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("delete from fiscal_warning where year = ? and month = ? and status = 'NEW'", year, month);
        int raised = 0;
        int lowMonth = rules.integerOn("fiscal.low-execution-month", on);
        if (month == lowMonth) {
            int t = rules.integerOn(WarningRule.LOW_EXECUTION.thresholdRule(), on);
            raised += jdbc.update(INSERT + """
                    select ?, ?, 'LOW_EXECUTION', b.unit_id, u.department_id, null,
                           round(100 * coalesce(s.spent, 0) / b.amount, 2), ?, coalesce(s.spent, 0), 'NEW', ?, 'system'
                    from fiscal_unit_budget b join fiscal_budget_unit u on u.id = b.unit_id
                    left join (select unit_id, sum(spent) spent from fiscal_unit_month where year = ? and month <= ? group by unit_id) s
                           on s.unit_id = b.unit_id
                    where b.year = ? and b.amount > 0 and 100 * coalesce(s.spent, 0) < ? * b.amount""" + ONCE,
                    year, month, t, now, year, month, year, t);
        }
        int over = rules.integerOn(WarningRule.OVER_BUDGET.thresholdRule(), on);
        // a line warns in the month its cumulative spending crosses the threshold, not again every later month; one
        // pass over the year's rows with a hash aggregate, whatever the table's statistics say right after an import
        raised += jdbc.update(INSERT + """
                select ?, ?, 'OVER_BUDGET', c.unit_id, u.department_id, c.category_id,
                       case when coalesce(b.amount, 0) = 0 then 99999999.99 else least(round(100 * c.total / b.amount, 2), 99999999.99) end,
                       ?, c.total, 'NEW', ?, 'system'
                from (select e.unit_id, e.category_id, sum(e.spent) total, coalesce(sum(e.spent) filter (where e.month < ?), 0) prev
                      from fiscal_execution e where e.year = ? and e.month <= ?
                      group by e.unit_id, e.category_id
                      having coalesce(sum(e.spent) filter (where e.month = ?), 0) > 0) c
                join fiscal_budget_unit u on u.id = c.unit_id
                left join fiscal_budget b on b.year = ? and b.unit_id = c.unit_id and b.category_id = c.category_id
                where 100 * c.total > ? * coalesce(b.amount, 0) and 100 * c.prev <= ? * coalesce(b.amount, 0)""" + ONCE,
                year, month, over, now, month, year, month, month, year, over, over);
        int transfer = rules.integerOn(WarningRule.LARGE_TRANSFER.thresholdRule(), on);
        raised += jdbc.update(INSERT + """
                select ?, ?, 'LARGE_TRANSFER', m.unit_id, u.department_id, null, round(100 * m.transfer_in / b.amount, 2), ?,
                       m.transfer_in, 'NEW', ?, 'system'
                from fiscal_unit_month m join fiscal_unit_budget b on b.year = m.year and b.unit_id = m.unit_id
                join fiscal_budget_unit u on u.id = m.unit_id
                where m.year = ? and m.month = ? and b.amount > 0 and 100 * m.transfer_in > ? * b.amount""" + ONCE,
                year, month, transfer, now, year, month, transfer);
        if (month == 12) {
            int spike = rules.integerOn(WarningRule.YEAR_END_SPIKE.thresholdRule(), on);
            raised += jdbc.update(INSERT + """
                    select ?, ?, 'YEAR_END_SPIKE', d.unit_id, u.department_id, null, round(100 * d.spent / y.spent, 2), ?, d.spent,
                           'NEW', ?, 'system'
                    from fiscal_unit_month d
                    join (select unit_id, sum(spent) spent from fiscal_unit_month where year = ? group by unit_id) y on y.unit_id = d.unit_id
                    join fiscal_budget_unit u on u.id = d.unit_id
                    where d.year = ? and d.month = 12 and y.spent > 0 and 100 * d.spent > ? * y.spent""" + ONCE,
                    year, month, spike, now, year, year, spike);
        }
        return raised;
    }
}
