package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.Caller;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.fiscal.budget.ImportViews.DepartmentTotal;
import cn.congress.oversight.fiscal.budget.ImportViews.Preview;
import cn.congress.oversight.fiscal.budget.ImportViews.PreviewRow;
import cn.congress.oversight.fiscal.budget.ImportViews.RawRow;
import cn.congress.oversight.fiscal.budget.ImportViews.RowError;
import cn.congress.oversight.fiscal.budget.ImportViews.StageResult;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The treasury-shaped import of online budget monitoring. An upload is validated row by row (every refused row
 * reported with its row number); a file with any refused row stages nothing. A valid file is staged and previewed;
 * only its confirmation writes the budget or the month's execution, replacing what the year's budget or that month
 * held, together with the roll-ups and the month's warnings, in one transaction.
 */
@Service
@RequiredArgsConstructor
public class ImportService {

    /** At most this many refused rows are listed; the rest are counted. */
    static final int ERRORS_SHOWN = 50;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,40}");
    private static final Pattern CATEGORY = Pattern.compile("[0-9]{3,20}");

    private final FiscalImportRepository imports;
    private final WarningRules warnings;
    private final Rules rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private record Staged(int rowNo, String deptCode, String unitCode, String unitName, String categoryCode, String categoryName,
                          BigDecimal amount, BigDecimal transfer) {
    }

    /** The most data rows one file may hold (rules {@code fiscal.import-max-rows}). */
    public int maxRows() {
        BudgetAccess.requireStaff(Caller.current());
        return rules.integer("fiscal.import-max-rows");
    }

    @Transactional
    public StageResult stage(ImportKind kind, int year, Integer month, String fileName, List<RawRow> rows) {
        BudgetAccess.requireStaff(Caller.current());
        if (year < 2000 || year > 2100) {
            throw new DomainException("请选择正确的年度");
        }
        if (kind == ImportKind.EXECUTION && (month == null || month < 1 || month > 12)) {
            throw new DomainException("请选择执行数据所属月份");
        }
        List<RawRow> data = rows.stream().filter(r -> !r.blank()).toList();
        if (data.isEmpty()) {
            throw new DomainException("文件中没有数据：第1行为表头，从第2行起每行一条记录");
        }
        if (data.size() > maxRows()) {
            throw new DomainException("文件有" + data.size() + "行数据，超过单次导入上限" + maxRows() + "行，请按部门分批导入");
        }
        List<RowError> errors = new ArrayList<>();
        List<Staged> staged = kind == ImportKind.BUDGET ? validateBudget(data, errors) : validateExecution(data, errors);
        if (!errors.isEmpty()) {
            return new StageResult(errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())), Math.max(0, errors.size() - ERRORS_SHOWN), null);
        }
        BigDecimal total = staged.stream().map(Staged::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String name = fileName == null || fileName.isBlank() ? "未命名文件" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        FiscalImport batch = imports.save(new FiscalImport(kind, year, kind == ImportKind.EXECUTION ? month : null, name, staged.size(), total));
        jdbc.batchUpdate("""
                insert into fiscal_import_row (import_id, row_no, dept_code, unit_code, unit_name, category_code, category_name, amount, transfer)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", staged, 1000, (ps, s) -> {
            ps.setLong(1, batch.getId());
            ps.setInt(2, s.rowNo());
            ps.setString(3, s.deptCode());
            ps.setString(4, s.unitCode());
            ps.setString(5, s.unitName());
            ps.setString(6, s.categoryCode());
            ps.setString(7, s.categoryName());
            ps.setBigDecimal(8, s.amount());
            ps.setBigDecimal(9, s.transfer());
        });
        return new StageResult(List.of(), 0, batch.getId());
    }

    private List<Staged> validateBudget(List<RawRow> data, List<RowError> errors) {
        Map<String, Long> departments = new HashMap<>();
        jdbc.query("select code, id from org_unit where active and type in ('GOVERNMENT', 'GOVERNMENT_DEPARTMENT', 'SUPERVISORY_COMMISSION', "
                + "'COURT', 'PROCURATORATE', 'OTHER')", rs -> {
            departments.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Long> unitDepartment = new HashMap<>();
        jdbc.query("select code, department_id from fiscal_budget_unit", rs -> {
            unitDepartment.put(rs.getString(1), rs.getLong(2));
        });
        Set<String> seen = new HashSet<>();
        List<Staged> out = new ArrayList<>(data.size());
        for (RawRow r : data) {
            List<String> problems = new ArrayList<>();
            String dept = r.cell(0);
            String unit = r.cell(1);
            String unitName = r.cell(2);
            String cat = r.cell(3);
            String catName = r.cell(4);
            Long deptId = departments.get(dept);
            if (dept.isEmpty()) {
                problems.add("部门编码为空");
            } else if (deptId == null) {
                problems.add("部门编码“" + dept + "”不是系统中的部门");
            }
            if (!CODE.matcher(unit).matches()) {
                problems.add(unit.isEmpty() ? "预算单位编码为空" : "预算单位编码“" + unit + "”格式不正确");
            } else if (deptId != null && unitDepartment.containsKey(unit) && !unitDepartment.get(unit).equals(deptId)) {
                problems.add("预算单位“" + unit + "”已属于其他部门");
            }
            if (unitName.isEmpty() || unitName.length() > 200) {
                problems.add("预算单位名称为空或超过200字");
            }
            checkCategory(cat, problems);
            if (catName.isEmpty() || catName.length() > 200) {
                problems.add("功能分类科目名称为空或超过200字");
            }
            BigDecimal amount = amount(r.cell(5), "全年预算数", false, problems);
            if (problems.isEmpty() && !seen.add(unit + "/" + cat)) {
                problems.add("预算单位“" + unit + "”的科目“" + cat + "”重复");
            }
            if (problems.isEmpty()) {
                out.add(new Staged(r.rowNo(), dept, unit, unitName, cat, catName, amount, BigDecimal.ZERO));
            } else {
                errors.add(new RowError(r.rowNo(), String.join("；", problems)));
            }
        }
        return out;
    }

    private List<Staged> validateExecution(List<RawRow> data, List<RowError> errors) {
        Set<String> units = new HashSet<>(jdbc.queryForList("select code from fiscal_budget_unit", String.class));
        Set<String> categories = new HashSet<>(jdbc.queryForList("select code from fiscal_category", String.class));
        Set<String> seen = new HashSet<>();
        List<Staged> out = new ArrayList<>(data.size());
        for (RawRow r : data) {
            List<String> problems = new ArrayList<>();
            String unit = r.cell(0);
            String cat = r.cell(1);
            if (unit.isEmpty()) {
                problems.add("预算单位编码为空");
            } else if (!units.contains(unit)) {
                problems.add("预算单位编码“" + unit + "”不存在，请先导入年度预算");
            }
            if (cat.isEmpty()) {
                problems.add("功能分类科目编码为空");
            } else if (!categories.contains(cat)) {
                problems.add("功能分类科目编码“" + cat + "”不存在");
            }
            BigDecimal spent = amount(r.cell(2), "本月支出", true, problems);
            BigDecimal transfer = r.cell(3).isEmpty() ? BigDecimal.ZERO : amount(r.cell(3), "本月调剂", true, problems);
            if (problems.isEmpty() && !seen.add(unit + "/" + cat)) {
                problems.add("预算单位“" + unit + "”的科目“" + cat + "”重复");
            }
            if (problems.isEmpty()) {
                out.add(new Staged(r.rowNo(), null, unit, null, cat, null, spent, transfer));
            } else {
                errors.add(new RowError(r.rowNo(), String.join("；", problems)));
            }
        }
        return out;
    }

    private static void checkCategory(String cat, List<String> problems) {
        if (cat.isEmpty()) {
            problems.add("功能分类科目编码为空");
        } else if (!CATEGORY.matcher(cat).matches()) {
            problems.add("功能分类科目编码“" + cat + "”应为数字");
        }
    }

    /** An amount in yuan: digits with at most two decimals, thousands separators allowed. */
    static BigDecimal amount(String text, String what, boolean signed, List<String> problems) {
        String t = text.replace(",", "").replace("，", "").replace(" ", "");
        if (t.isEmpty()) {
            problems.add(what + "为空");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.scale() > 2) {
                problems.add(what + "“" + text + "”最多两位小数");
            } else if (!signed && v.signum() < 0) {
                problems.add(what + "不能为负数");
            } else if (v.abs().compareTo(new BigDecimal("99999999999999")) > 0) {
                problems.add(what + "“" + text + "”超出范围");
            } else {
                return v.setScale(2);
            }
        } catch (NumberFormatException e) {
            problems.add(what + "“" + text + "”不是数字");
        }
        return null;
    }

    @Transactional(readOnly = true)
    public Preview preview(long importId) {
        BudgetAccess.requireStaff(Caller.current());
        FiscalImport i = imports.findById(importId).orElseThrow(() -> new NotFoundException("导入批次", importId));
        List<PreviewRow> first = jdbc.query("""
                select row_no, dept_code, unit_code, unit_name, category_code, category_name, amount, transfer
                from fiscal_import_row where import_id = ? order by row_no limit 20""",
                (rs, n) -> new PreviewRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8)), importId);
        List<DepartmentTotal> departments = i.getKind() == ImportKind.BUDGET
                ? jdbc.query("""
                        select coalesce(o.name, r.dept_code), count(*), sum(r.amount) from fiscal_import_row r
                        left join org_unit o on o.code = r.dept_code where r.import_id = ? group by 1 order by 3 desc""",
                        (rs, n) -> new DepartmentTotal(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)), importId)
                : jdbc.query("""
                        select o.name, count(*), sum(r.amount) from fiscal_import_row r join fiscal_budget_unit u on u.code = r.unit_code
                        join org_unit o on o.id = u.department_id where r.import_id = ? group by o.name order by 3 desc""",
                        (rs, n) -> new DepartmentTotal(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)), importId);
        Integer existing = i.getKind() == ImportKind.BUDGET
                ? jdbc.queryForObject("select count(*) from fiscal_budget where year = ?", Integer.class, i.getYear())
                : jdbc.queryForObject("select count(*) from fiscal_execution where year = ? and month = ?", Integer.class, i.getYear(), i.getMonth());
        return new Preview(i.getId(), i.getVersion(), i.getKind(), i.getYear(), i.getMonth(), i.getFileName(), i.getRowCount(), i.getTotal(),
                existing == null ? 0 : existing, i.getStatus(), first, departments);
    }

    /** Writes the staged rows, replacing the year's budget or the month's execution; returns the number of rows replaced. */
    @Transactional
    public int confirm(long importId) {
        Caller caller = Caller.current();
        BudgetAccess.requireStaff(caller);
        FiscalImport i = imports.lockById(importId).orElseThrow(() -> new NotFoundException("导入批次", importId));
        i.requirePending();
        // two confirmations of the same period wait for each other instead of interleaving their replace
        jdbc.query("select pg_advisory_xact_lock(20261129, ?)", rs -> { }, i.getYear() * 100 + (i.getMonth() == null ? 0 : i.getMonth()));
        int replaced = i.getKind() == ImportKind.BUDGET ? writeBudget(i, caller) : writeExecution(i);
        i.confirm(replaced, clock.instant());
        jdbc.update("delete from fiscal_import_row where import_id = ?", importId);
        return replaced;
    }

    @Transactional
    public void discard(long importId) {
        BudgetAccess.requireStaff(Caller.current());
        FiscalImport i = imports.lockById(importId).orElseThrow(() -> new NotFoundException("导入批次", importId));
        i.discard();
        jdbc.update("delete from fiscal_import_row where import_id = ?", importId);
    }

    private int writeBudget(FiscalImport i, Caller caller) {
        long id = i.getId();
        int year = i.getYear();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into fiscal_category (code, name)
                select distinct on (category_code) category_code, category_name from fiscal_import_row where import_id = ?
                order by category_code, row_no
                on conflict (code) do update set name = excluded.name""", id);
        jdbc.update("""
                insert into fiscal_budget_unit (code, name, department_id, created_at, created_by)
                select distinct on (r.unit_code) r.unit_code, r.unit_name, o.id, ?, ? from fiscal_import_row r
                join org_unit o on o.code = r.dept_code where r.import_id = ? order by r.unit_code, r.row_no
                on conflict (code) do update set name = excluded.name, updated_at = excluded.created_at,
                    updated_by = excluded.created_by, version = fiscal_budget_unit.version + 1
                where fiscal_budget_unit.name <> excluded.name""", now, caller.username(), id);
        int replaced = jdbc.update("delete from fiscal_budget where year = ?", year);
        int written = jdbc.update("""
                insert into fiscal_budget (year, unit_id, category_id, amount)
                select ?, u.id, c.id, r.amount from fiscal_import_row r join fiscal_budget_unit u on u.code = r.unit_code
                join fiscal_category c on c.code = r.category_code where r.import_id = ?""", year, id);
        requireAll(i, written);
        rollUpBudget(year);
        return replaced;
    }

    /** Rewrites the year's budget roll-ups from its budget lines. */
    void rollUpBudget(int year) {
        jdbc.update("delete from fiscal_unit_budget where year = ?", year);
        jdbc.update("insert into fiscal_unit_budget (year, unit_id, amount) select year, unit_id, sum(amount) from fiscal_budget where year = ? group by year, unit_id", year);
        jdbc.update("delete from fiscal_category_budget where year = ?", year);
        jdbc.update("insert into fiscal_category_budget (year, category_id, amount) select year, category_id, sum(amount) from fiscal_budget where year = ? group by year, category_id", year);
    }

    private int writeExecution(FiscalImport i) {
        int year = i.getYear();
        int month = i.getMonth();
        int replaced = jdbc.update("delete from fiscal_execution where year = ? and month = ?", year, month);
        int written = jdbc.update("""
                insert into fiscal_execution (year, month, unit_id, category_id, spent, transfer)
                select ?, ?, u.id, c.id, r.amount, r.transfer from fiscal_import_row r join fiscal_budget_unit u on u.code = r.unit_code
                join fiscal_category c on c.code = r.category_code where r.import_id = ?""", year, month, i.getId());
        requireAll(i, written);
        rollUpMonth(year, month);
        warnings.evaluate(year, month);
        return replaced;
    }

    private static void requireAll(FiscalImport i, int written) {
        if (written != i.getRowCount()) {
            throw new DomainException("导入期间预算单位或科目发生变化，请重新上传文件");
        }
    }

    /** Rewrites the month's roll-ups from its execution rows. */
    void rollUpMonth(int year, int month) {
        jdbc.update("delete from fiscal_unit_month where year = ? and month = ?", year, month);
        jdbc.update("""
                insert into fiscal_unit_month (year, month, unit_id, spent, transfer_in)
                select year, month, unit_id, sum(spent), sum(greatest(transfer, 0)) from fiscal_execution
                where year = ? and month = ? group by year, month, unit_id""", year, month);
        jdbc.update("delete from fiscal_category_month where year = ? and month = ?", year, month);
        jdbc.update("""
                insert into fiscal_category_month (year, month, category_id, spent)
                select year, month, category_id, sum(spent) from fiscal_execution
                where year = ? and month = ? group by year, month, category_id""", year, month);
    }

    static LocalDate lastDay(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }
}
