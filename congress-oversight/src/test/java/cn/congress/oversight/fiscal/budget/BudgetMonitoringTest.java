package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.SystemTask;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.fiscal.FiscalScenario;
import cn.congress.oversight.fiscal.budget.ImportViews.RowError;
import cn.congress.oversight.fiscal.budget.ImportViews.StageResult;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningFilter;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningRow;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Online budget monitoring: the import, the views, each warning rule at and just past its threshold, departments' isolation. */
@CongressTest
class BudgetMonitoringTest {

    @Autowired ImportService imports;
    @Autowired MonitoringQueries monitoring;
    @Autowired WarningQueries warningQueries;
    @Autowired WarningService warnings;
    @Autowired Rules rules;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired JdbcTemplate jdbc;

    FiscalScenario s;

    @BeforeEach
    void setUp() {
        s = new FiscalScenario(new OversightFixture(orgs, accounts), imports);
    }

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private void twoUnitBudget() {
        s.budget(List.of(
                s.line(s.deptA, "a1", "2050201", "1000000"),
                s.line(s.deptA, "a1", "2050202", "500000"),
                s.line(s.deptB, "b1", "2050201", "1000000")));
    }

    @Test
    void aWrongRowIsReportedWithItsRowNumberAndNothingIsSaved() {
        twoUnitBudget();
        int stagedBefore = count("select count(*) from fiscal_import_row");
        int importsBefore = count("select count(*) from fiscal_import");
        StageResult r = s.stage(ImportKind.EXECUTION, 3, List.of(
                s.exec("a1", "2050201", "1000", "0"),
                List.of("NO-SUCH-UNIT", "2050201", "20", ""),
                s.exec("a1", "2050202", "12a", "0"),
                s.exec("b1", "2050201", "1.005", "0")));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(RowError::text).containsExactly(
                "第3行：预算单位编码“NO-SUCH-UNIT”不存在，请先导入年度预算",
                "第4行：本月支出“12a”不是数字",
                "第5行：本月支出“1.005”最多两位小数");
        assertThat(count("select count(*) from fiscal_execution where year = ?", s.year)).isZero();
        assertThat(count("select count(*) from fiscal_import_row")).isEqualTo(stagedBefore);
        assertThat(count("select count(*) from fiscal_import")).isEqualTo(importsBefore);

        // a valid file is only staged: nothing reaches the execution table until it is confirmed, nothing after a discard
        StageResult ok = s.stage(ImportKind.EXECUTION, 3, List.of(s.exec("a1", "2050201", "1,000.50", "0")));
        assertThat(ok.ok()).isTrue();
        var preview = imports.preview(ok.importId());
        assertThat(preview.rowCount()).isEqualTo(1);
        assertThat(preview.total()).isEqualByComparingTo("1000.50");
        assertThat(preview.departments()).extracting(ImportViews.DepartmentTotal::department).containsExactly(s.deptA.getName());
        assertThat(count("select count(*) from fiscal_execution where year = ?", s.year)).isZero();
        imports.discard(ok.importId());
        assertThat(count("select count(*) from fiscal_execution where year = ?", s.year)).isZero();
        assertThat(count("select count(*) from fiscal_import_row where import_id = ?", ok.importId())).isZero();
        assertThatThrownBy(() -> imports.confirm(ok.importId())).isInstanceOf(DomainException.class).hasMessageContaining("已放弃");

        // a budget row of a department the system does not know, and a duplicate line
        StageResult bad = s.stage(ImportKind.BUDGET, null, List.of(
                List.of("NO-DEPT", s.unit("x"), "某单位", "2050201", "学前教育", "10"),
                s.line(s.deptA, "a1", "2050201", "5"),
                s.line(s.deptA, "a1", "2050201", "6")));
        assertThat(bad.errors()).extracting(RowError::rowNo).containsExactly(2, 4);
        assertThat(count("select sum(amount) from fiscal_budget where year = ?", s.year)).isEqualTo(2500000);
    }

    @Test
    void reImportingAMonthReplacesThatMonthOnly() {
        twoUnitBudget();
        s.month(2, List.of(s.exec("a1", "2050201", "100", "0")));
        s.month(3, List.of(s.exec("a1", "2050201", "200", "0"), s.exec("a1", "2050202", "300", "0"), s.exec("b1", "2050201", "400", "0")));
        assertThat(s.month(3, List.of(s.exec("a1", "2050201", "250", "0")))).isEqualTo(3);
        assertThat(count("select count(*) from fiscal_execution where year = ? and month = 3", s.year)).isEqualTo(1);
        assertThat(count("select count(*) from fiscal_execution where year = ? and month = 2", s.year)).isEqualTo(1);
        s.asMember();
        var byDept = monitoring.byDepartment(s.year);
        assertThat(byDept.spent()).isEqualByComparingTo("350");
        assertThat(byDept.dataMonth()).isEqualTo(3);
        assertThat(byDept.rows()).hasSize(2);
        var a = byDept.rows().stream().filter(r -> r.id() == s.deptA.getId()).findFirst().orElseThrow();
        assertThat(a.budget()).isEqualByComparingTo("1500000");
        assertThat(a.rate()).isEqualByComparingTo("0.02");
        assertThat(monitoring.byCategory(s.year).rows()).extracting(MonitoringViews.ExecRow::code).contains("2050201", "2050202");
        long unitA1 = jdbc.queryForObject("select id from fiscal_budget_unit where code = ?", Long.class, s.unit("a1"));
        assertThat(monitoring.unitLines(s.year, unitA1).spent()).isEqualByComparingTo("350");
        assertThat(monitoring.byUnit(s.year, s.deptA.getId()).rows()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(unitA1));
        // the elapsed share of a past year is all of it
        assertThat(monitoring.elapsedPercent(2001)).isEqualByComparingTo("100");
        s.asA();
        assertThatThrownBy(() -> monitoring.byDepartment(s.year)).isInstanceOf(AccessDeniedException.class);
    }

    /** Units p (past the threshold) and u (just under it) of department A; each rule is built on its own month. */
    @Test
    void eachRuleFiresOnDataBuiltForItAndNotJustUnderItsThreshold() {
        int low = rules.integer("fiscal.low-execution-percent");
        int lowMonth = rules.integer("fiscal.low-execution-month");
        int over = rules.integer("fiscal.over-budget-percent");
        int transfer = rules.integer("fiscal.transfer-percent");
        int spike = rules.integer("fiscal.year-end-spike-percent");
        BigDecimal budget = new BigDecimal("1000000");
        s.budget(List.of(s.line(s.deptA, "p", "2010101", "1000000"), s.line(s.deptA, "u", "2010101", "1000000")));

        // months 1..lowMonth: p spends 0.01 below the threshold's share, u exactly the threshold (not below it)
        BigDecimal lowAt = budget.multiply(BigDecimal.valueOf(low)).divide(BigDecimal.valueOf(100));
        for (int m = 1; m < lowMonth; m++) {
            s.month(m, List.of(s.exec("p", "2010101", "0", "0"), s.exec("u", "2010101", "0", "0")));
        }
        s.month(lowMonth, List.of(s.exec("p", "2010101", lowAt.subtract(new BigDecimal("0.01")).toPlainString(), "0"),
                s.exec("u", "2010101", lowAt.toPlainString(), "0")));
        assertThat(fired(WarningRule.LOW_EXECUTION)).containsExactly(s.unit("p"));

        // the next month: p moves 0.01 more than the threshold's share into the category, u exactly the share
        BigDecimal moveAt = budget.multiply(BigDecimal.valueOf(transfer)).divide(BigDecimal.valueOf(100));
        s.month(lowMonth + 1, List.of(s.exec("p", "2010101", "0", moveAt.add(new BigDecimal("0.01")).toPlainString()),
                s.exec("u", "2010101", "0", moveAt.toPlainString())));
        assertThat(fired(WarningRule.LARGE_TRANSFER)).containsExactly(s.unit("p"));

        // then each spends up to exactly the threshold share of its budget; p goes 0.01 past it
        BigDecimal overAt = budget.multiply(BigDecimal.valueOf(over)).divide(BigDecimal.valueOf(100));
        BigDecimal pSoFar = lowAt.subtract(new BigDecimal("0.01"));
        s.month(lowMonth + 2, List.of(s.exec("p", "2010101", overAt.subtract(pSoFar).add(new BigDecimal("0.01")).toPlainString(), "0"),
                s.exec("u", "2010101", overAt.subtract(lowAt).toPlainString(), "0")));
        assertThat(fired(WarningRule.OVER_BUDGET)).containsExactly(s.unit("p"));
        // once warned, a line does not warn again the next month for the same excess
        s.month(lowMonth + 3, List.of(s.exec("p", "2010101", "1", "0")));
        assertThat(fired(WarningRule.OVER_BUDGET)).containsExactly(s.unit("p"));
        assertThat(fired(WarningRule.YEAR_END_SPIKE)).isEmpty();
    }

    @Test
    void aYearEndSpikeFiresPastTheShareOfTheYearsSpending() {
        int spike = rules.integer("fiscal.year-end-spike-percent");
        s.budget(List.of(s.line(s.deptA, "p", "2010101", "10000000"), s.line(s.deptA, "u", "2010101", "10000000")));
        // eleven months of 100 each; December at exactly the share of the year (d = share × (1100 + d)) and 1 more
        BigDecimal before = new BigDecimal("1100");
        BigDecimal exact = before.multiply(BigDecimal.valueOf(spike)).divide(BigDecimal.valueOf(100 - spike), 2, java.math.RoundingMode.DOWN);
        for (int m = 1; m <= 11; m++) {
            s.month(m, List.of(s.exec("p", "2010101", "100", "0"), s.exec("u", "2010101", "100", "0")));
        }
        s.month(12, List.of(s.exec("p", "2010101", exact.add(BigDecimal.ONE).toPlainString(), "0"), s.exec("u", "2010101", exact.toPlainString(), "0")));
        assertThat(fired(WarningRule.YEAR_END_SPIKE)).containsExactly(s.unit("p"));
    }

    @Test
    void theThresholdComesFromTheRulesTableInForceForTheMonth() {
        FiscalScenario far = new FiscalScenario(new OversightFixture(orgs, accounts), imports, 2095);
        // from 2095 a transfer warns only above 30% of the budget; 2096 goes back to the default
        String normal = String.valueOf(rules.integer("fiscal.transfer-percent"));
        SystemTask.run(() -> {
            rules.schedule("fiscal.transfer-percent", LocalDate.of(2095, 1, 1), "30", "测试：提高阈值");
            rules.schedule("fiscal.transfer-percent", LocalDate.of(2096, 1, 1), normal, "测试：恢复");
        });
        s = far;
        s.budget(List.of(s.line(s.deptA, "p", "2010101", "1000000")));
        s.month(1, List.of(s.exec("p", "2010101", "0", "250000")));
        assertThat(fired(WarningRule.LARGE_TRANSFER)).isEmpty();
        s.month(2, List.of(s.exec("p", "2010101", "0", "300000.01")));
        assertThat(fired(WarningRule.LARGE_TRANSFER)).containsExactly(s.unit("p"));
        assertThat(jdbc.queryForObject("select threshold from fiscal_warning w join fiscal_budget_unit u on u.id = w.unit_id where u.code = ?",
                Integer.class, s.unit("p"))).isEqualTo(30);
    }

    @Test
    void aDepartmentSeesAndAnswersOnlyItsOwnSentWarningsEvenByGuessedIds() {
        s.budget(List.of(s.line(s.deptA, "a", "2010101", "1000"), s.line(s.deptB, "b", "2010101", "1000")));
        s.month(1, List.of(s.exec("a", "2010101", "2000", "0"), s.exec("b", "2010101", "2000", "0")));
        long ofA = warningOf("a");
        long ofB = warningOf("b");

        // not yet sent: even the department itself does not see it
        s.asA();
        assertThatThrownBy(() -> warningQueries.warning(ofA)).isInstanceOf(NotFoundException.class);
        s.asStaff();
        warnings.send(ofA, version(ofA), "请说明超预算支出原因");
        warnings.send(ofB, version(ofB), "请说明超预算支出原因");
        assertThat(warningQueries.warning(ofA).actions()).containsExactly(WarningStep.TO_PROBLEM);

        s.asB();
        assertThatThrownBy(() -> warningQueries.warning(ofA)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> warnings.answer(ofA, version(ofA), "越权答复")).isInstanceOf(NotFoundException.class);
        assertThat(warningQueries.list(new WarningFilter(s.year, null, null, null), PageRequest.of(0, 50)).getContent())
                .extracting(WarningRow::id).containsExactly(ofB);
        assertThatThrownBy(() -> warnings.close(ofB, version(ofB))).isInstanceOf(AccessDeniedException.class);

        s.asA();
        assertThat(warningQueries.warning(ofA).actions()).containsExactly(WarningStep.ANSWER);
        warnings.answer(ofA, version(ofA), "系年中追加的疫病防控经费，已按程序办理预算调整");
        assertThat(warningQueries.warning(ofA).status()).isEqualTo(WarningStatus.ANSWERED);
        s.asStaff();
        var answered = warningQueries.warning(ofA);
        assertThat(answered.answer()).contains("疫病防控").isNotNull();
        assertThat(answered.actions()).containsExactlyInAnyOrder(WarningStep.CLOSE, WarningStep.TO_PROBLEM);
        assertThatThrownBy(() -> warnings.close(ofA, answered.version() - 1)).isInstanceOf(cn.congress.domain.shared.ConcurrentEditException.class);
        warnings.close(ofA, answered.version());
        assertThat(warningQueries.warning(ofA).status()).isEqualTo(WarningStatus.CLOSED);
        // re-importing the month keeps the handled warnings as they are
        s.month(1, List.of(s.exec("a", "2010101", "2000", "0"), s.exec("b", "2010101", "2000", "0")));
        assertThat(warningQueries.warning(ofA).status()).isEqualTo(WarningStatus.CLOSED);
        assertThat(count("select count(*) from fiscal_warning where year = ?", s.year)).isEqualTo(2);
    }

    private long warningOf(String unit) {
        return jdbc.queryForObject("select w.id from fiscal_warning w join fiscal_budget_unit u on u.id = w.unit_id where u.code = ?",
                Long.class, s.unit(unit));
    }

    private long version(long warningId) {
        return jdbc.queryForObject("select version from fiscal_warning where id = ?", Long.class, warningId);
    }

    private List<String> fired(WarningRule rule) {
        return new ArrayList<>(jdbc.queryForList("""
                select u.code from fiscal_warning w join fiscal_budget_unit u on u.id = w.unit_id
                where w.year = ? and w.rule = ? order by u.code""", String.class, s.year, rule.name()));
    }
}
