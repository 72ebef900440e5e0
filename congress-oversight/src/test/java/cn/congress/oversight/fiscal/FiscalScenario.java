package cn.congress.oversight.fiscal;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.fiscal.budget.ImportKind;
import cn.congress.oversight.fiscal.budget.ImportService;
import cn.congress.oversight.fiscal.budget.ImportViews.RawRow;
import cn.congress.oversight.fiscal.budget.ImportViews.StageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two departments with a UNIT account each and a staff account, a year of their own, and helpers that import a
 * budget and a month's execution through the import (staged, then confirmed) as the treasury's files would.
 */
public class FiscalScenario {

    private static final AtomicInteger YEAR = new AtomicInteger(2060);
    private static final AtomicInteger CODE = new AtomicInteger();

    public final OrgUnit deptA;
    public final OrgUnit deptB;
    public final UserAccount staff;
    public final UserAccount userA;
    public final UserAccount userB;
    public final UserAccount member;
    public final int year;
    private final ImportService imports;
    private final String prefix;

    public FiscalScenario(OversightFixture fx, ImportService imports) {
        this(fx, imports, YEAR.incrementAndGet());
    }

    public FiscalScenario(OversightFixture fx, ImportService imports, int year) {
        this.imports = imports;
        this.year = year;
        deptA = fx.org("财政测试局甲", OrgType.GOVERNMENT_DEPARTMENT);
        deptB = fx.org("财政测试局乙", OrgType.GOVERNMENT_DEPARTMENT);
        staff = fx.account("fstaff", fx.org("财经委", OrgType.SPECIAL_COMMITTEE));
        userA = fx.account("fa", deptA);
        userB = fx.account("fb", deptB);
        member = fx.account("fm", null);
        prefix = "U" + CODE.incrementAndGet() + "X" + (System.nanoTime() % 100000) + "-";
    }

    /** A unit code of this scenario, unique across tests. */
    public String unit(String suffix) {
        return prefix + suffix;
    }

    public void asStaff() {
        OversightFixture.as(staff, Role.STAFF);
    }

    public void asA() {
        OversightFixture.as(userA, Role.UNIT);
    }

    public void asB() {
        OversightFixture.as(userB, Role.UNIT);
    }

    public void asMember() {
        OversightFixture.as(member, Role.MEMBER);
    }

    /** A budget line: department, unit suffix, category code, amount. */
    public List<String> line(OrgUnit dept, String unitSuffix, String category, String amount) {
        return List.of(dept.getCode(), unit(unitSuffix), "测试单位" + unitSuffix, category, "科目" + category, amount);
    }

    /** An execution line: unit suffix, category code, spent, transfer. */
    public List<String> exec(String unitSuffix, String category, String spent, String transfer) {
        return List.of(unit(unitSuffix), category, spent, transfer);
    }

    public static List<RawRow> rows(List<List<String>> lines) {
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new RawRow(i + 2, lines.get(i)));
        }
        return rows;
    }

    public StageResult stage(ImportKind kind, Integer month, List<List<String>> lines) {
        asStaff();
        return imports.stage(kind, year, month, "测试.csv", rows(lines));
    }

    public void budget(List<List<String>> lines) {
        confirm(stage(ImportKind.BUDGET, null, lines));
    }

    public int month(int month, List<List<String>> lines) {
        return confirm(stage(ImportKind.EXECUTION, month, lines));
    }

    private int confirm(StageResult r) {
        assertThat(r.errors()).isEmpty();
        return imports.confirm(r.importId());
    }
}
