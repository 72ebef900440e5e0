package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.fiscal.budget.WarningViews.OpinionOption;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningFilter;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningRow;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningView;
import cn.congress.oversight.opinion.OpinionStatus;
import cn.congress.oversight.opinion.OpinionStep;
import cn.congress.oversight.opinion.ReportKind;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read side of warnings: the list scoped to the caller (a department sees only the warnings sent to it), two
 * statements per page (rows and count), and the warning page with the steps the caller may take.
 */
@Service
@RequiredArgsConstructor
public class WarningQueries {

    private final JdbcTemplate jdbc;

    private static final String SELECT = """
            select w.id, w.year, w.month, w.rule, d.name, u.name, c.name, w.measured, w.threshold, w.amount, w.status
            from fiscal_warning w join fiscal_budget_unit u on u.id = w.unit_id join org_unit d on d.id = w.department_id
            left join fiscal_category c on c.id = w.category_id""";

    private static final RowMapper<WarningRow> ROW = (rs, n) -> new WarningRow(rs.getLong(1), rs.getInt(2), rs.getInt(3),
            WarningRule.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getInt(9),
            rs.getBigDecimal(10), WarningStatus.valueOf(rs.getString(11)));

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(Caller caller, WarningFilter f) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        Long scope = BudgetAccess.departmentScope(caller);
        if (scope != null) {
            sql.append(" and w.department_id = ? and w.status <> 'NEW'");
            args.add(scope);
        }
        if (f.year() != null) {
            sql.append(" and w.year = ?");
            args.add(f.year());
        }
        if (f.rule() != null) {
            sql.append(" and w.rule = ?");
            args.add(f.rule().name());
        }
        if (f.status() != null) {
            sql.append(" and w.status = ?");
            args.add(f.status().name());
        }
        if (f.department() != null) {
            sql.append(" and w.department_id = ?");
            args.add(f.department());
        }
        return new Where(sql.toString(), args);
    }

    @Transactional(readOnly = true)
    public Page<WarningRow> list(WarningFilter filter, Pageable page) {
        Caller caller = Caller.current();
        BudgetAccess.requireWarningReader(caller);
        Where w = where(caller, filter);
        List<Object> args = new ArrayList<>(w.args());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        List<WarningRow> rows = jdbc.query(SELECT + w.sql() + " order by w.id desc limit ? offset ?", ROW, args.toArray());
        Long total = jdbc.queryForObject("select count(*) from fiscal_warning w" + w.sql(), Long.class, w.args().toArray());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** Every warning of the filter, for the .xlsx export (bounded). */
    @Transactional(readOnly = true)
    public List<WarningRow> export(WarningFilter filter) {
        Caller caller = Caller.current();
        BudgetAccess.requireWarningReader(caller);
        Where w = where(caller, filter);
        return jdbc.query(SELECT + w.sql() + " order by w.id desc limit 100000", ROW, w.args().toArray());
    }

    /** Open warnings (not closed, not yet a problem item) of the caller's scope, for dashboard cards. */
    @Transactional(readOnly = true)
    public long openCount(int year) {
        Caller caller = Caller.current();
        BudgetAccess.requireWarningReader(caller);
        Long scope = BudgetAccess.departmentScope(caller);
        Long n = scope == null
                ? jdbc.queryForObject("select count(*) from fiscal_warning where year = ? and status in ('NEW', 'SENT', 'ANSWERED')", Long.class, year)
                : jdbc.queryForObject("select count(*) from fiscal_warning where year = ? and department_id = ? and status = 'SENT'", Long.class, year, scope);
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public WarningView warning(long id) {
        Caller caller = Caller.current();
        BudgetAccess.requireWarningReader(caller);
        List<WarningView> found = jdbc.query("""
                select w.id, w.version, w.year, w.month, w.rule, w.department_id, d.name, w.unit_id, u.code, u.name, c.code, c.name,
                       w.measured, w.threshold, w.amount, w.status, w.question, w.sent_at, w.answer, w.answered_by, w.answered_at, w.problem_id
                from fiscal_warning w join fiscal_budget_unit u on u.id = w.unit_id join org_unit d on d.id = w.department_id
                left join fiscal_category c on c.id = w.category_id where w.id = ?""", (rs, n) -> {
            WarningRule rule = WarningRule.valueOf(rs.getString(5));
            WarningStatus status = WarningStatus.valueOf(rs.getString(16));
            long department = rs.getLong(6);
            BudgetAccess.requireSee(caller, id, department, status);
            String summary = summary(rule, rs.getInt(3), rs.getInt(4), rs.getString(10), rs.getString(12), rs.getBigDecimal(13),
                    rs.getInt(14), rs.getBigDecimal(15));
            return new WarningView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rule, department, rs.getString(7),
                    rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getBigDecimal(13),
                    rs.getInt(14), rs.getBigDecimal(15), status, summary, rs.getString(17), instant(rs.getTimestamp(18)), rs.getString(19),
                    rs.getString(20), instant(rs.getTimestamp(21)), rs.getObject(22) == null ? null : rs.getLong(22),
                    BudgetAccess.steps(caller, status, department));
        }, id);
        if (found.isEmpty()) {
            throw new NotFoundException("预警", id);
        }
        return found.get(0);
    }

    /** Opinions on budget execution or audit whose checklist can still take an item. */
    @Transactional(readOnly = true)
    public List<OpinionOption> opinionsForItems() {
        BudgetAccess.requireStaff(Caller.current());
        String statuses = Arrays.stream(OpinionStatus.values()).filter(OpinionStep.ADD_ITEM::allowedFrom)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return jdbc.query("select id, document_no || ' ' || title from oversight_opinion where report_kind in (?, ?) and status in ("
                        + statuses + ") order by issued_on desc, id desc",
                (rs, n) -> new OpinionOption(rs.getLong(1), rs.getString(2)), ReportKind.BUDGET.name(), ReportKind.AUDIT.name());
    }

    /** The warning in one Chinese sentence, also the description of a problem item made from it. */
    static String summary(WarningRule rule, int year, int month, String unit, String category, BigDecimal measured, int threshold,
                          BigDecimal amount) {
        String period = year + "年" + month + "月";
        return switch (rule) {
            case LOW_EXECUTION -> unit + "截至" + period + "累计预算执行率" + measured.stripTrailingZeros().toPlainString() + "%，低于预警阈值"
                    + threshold + "%（累计支出" + yuan(amount) + "元）";
            case OVER_BUDGET -> unit + "“" + category + "”科目截至" + period + "累计支出" + yuan(amount) + "元，为预算的"
                    + measured.stripTrailingZeros().toPlainString() + "%，超过预警阈值" + threshold + "%";
            case LARGE_TRANSFER -> unit + period + "科目间调入预算" + yuan(amount) + "元，占全年预算的" + measured.stripTrailingZeros().toPlainString()
                    + "%，超过预警阈值" + threshold + "%";
            case YEAR_END_SPIKE -> unit + year + "年12月支出" + yuan(amount) + "元，占全年支出的" + measured.stripTrailingZeros().toPlainString()
                    + "%，超过预警阈值" + threshold + "%";
        };
    }

    private static String yuan(BigDecimal v) {
        return String.format("%,.2f", v);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
