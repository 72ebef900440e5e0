package cn.congress.oversight.fiscal.assets;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.fiscal.assets.AssetsViews.AssetsView;
import cn.congress.oversight.fiscal.assets.AssetsViews.BondUse;
import cn.congress.oversight.fiscal.assets.AssetsViews.CategoryFigures;
import cn.congress.oversight.fiscal.assets.AssetsViews.CategoryRow;
import cn.congress.oversight.fiscal.assets.AssetsViews.Compared;
import cn.congress.oversight.fiscal.assets.AssetsViews.DebtFigures;
import cn.congress.oversight.fiscal.assets.AssetsViews.ComparedRow;
import cn.congress.oversight.fiscal.assets.AssetsViews.DebtView;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state-assets report (by category, key figures) and the government-debt report (limit, balance, new issues,
 * special bonds by purpose) of a year, entered by staff and read by members beside last year's figures. A year's
 * figures are replaced as a whole when re-entered (the reports are annual documents); the report records carry a
 * digest of their figures, so that every change is in the audit log with its values before and after.
 */
@Service
@RequiredArgsConstructor
public class AssetsService {

    private final AssetsReportRepository assetsReports;
    private final DebtReportRepository debtReports;
    private final JdbcTemplate jdbc;

    static void requireStaff(Caller caller) {
        caller.require("填报国有资产和政府债务情况", Role.STAFF);
    }

    static void requireReader(Caller caller) {
        caller.require("查看国有资产和政府债务情况", Role.STAFF, Role.MEMBER);
    }

    private static boolean staff(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    @Transactional
    public void saveAssets(int year, String title, String specialTopic, List<CategoryFigures> figures) {
        Caller caller = Caller.current();
        requireStaff(caller);
        if (title == null || title.isBlank()) {
            throw new DomainException("请填写报告名称");
        }
        for (CategoryFigures f : figures) {
            if (f.assets() == null || f.liabilities() == null || f.assets().signum() < 0 || f.liabilities().signum() < 0) {
                throw new DomainException("请填写各类国有资产的资产总额和负债总额（不能为负数）");
            }
        }
        AssetsReport report = assetsReports.findByYear(year).orElseGet(() -> new AssetsReport(year));
        report.update(title.trim(), blank(specialTopic), figures.stream()
                .map(f -> f.category().name() + ":" + f.assets().toPlainString() + "/" + f.liabilities().toPlainString()).reduce((a, b) -> a + ";" + b)
                .orElse(""));
        assetsReports.saveAndFlush(report);
        jdbc.update("delete from fiscal_assets_figure where year = ?", year);
        for (CategoryFigures f : figures) {
            jdbc.update("insert into fiscal_assets_figure (year, category, assets, liabilities, note) values (?, ?, ?, ?, ?)",
                    year, f.category().name(), f.assets(), f.liabilities(), blank(f.note()));
        }
    }

    @Transactional(readOnly = true)
    public AssetsView assets(int year) {
        Caller caller = Caller.current();
        requireReader(caller);
        Map<Integer, Map<AssetCategory, CategoryFigures>> byYear = new LinkedHashMap<>();
        byYear.put(year, new EnumMap<>(AssetCategory.class));
        byYear.put(year - 1, new EnumMap<>(AssetCategory.class));
        jdbc.query("select year, category, assets, liabilities, note from fiscal_assets_figure where year in (?, ?)", rs -> {
            AssetCategory c = AssetCategory.valueOf(rs.getString(2));
            byYear.get(rs.getInt(1)).put(c, new CategoryFigures(c, rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)));
        }, year, year - 1);
        String[] head = jdbc.query("select title, special_topic from fiscal_assets_report where year = ?",
                rs -> rs.next() ? new String[]{rs.getString(1), rs.getString(2)} : null, year);
        List<CategoryRow> rows = new ArrayList<>();
        BigDecimal[] totals = new BigDecimal[4];
        for (AssetCategory c : AssetCategory.values()) {
            CategoryFigures now = byYear.get(year).get(c);
            CategoryFigures before = byYear.get(year - 1).get(c);
            rows.add(new CategoryRow(c, new Compared(now == null ? null : now.assets(), before == null ? null : before.assets()),
                    new Compared(now == null ? null : now.liabilities(), before == null ? null : before.liabilities()),
                    new Compared(now == null ? null : now.net(), before == null ? null : before.net()), now == null ? null : now.note()));
            totals[0] = add(totals[0], now == null ? null : now.assets());
            totals[1] = add(totals[1], before == null ? null : before.assets());
            totals[2] = add(totals[2], now == null ? null : now.net());
            totals[3] = add(totals[3], before == null ? null : before.net());
        }
        return new AssetsView(year, head != null, head == null ? null : head[0], head == null ? null : head[1], rows,
                new Compared(totals[0], totals[1]), new Compared(totals[2], totals[3]), !byYear.get(year - 1).isEmpty(), staff(caller));
    }

    @Transactional
    public void saveDebt(int year, DebtFigures d) {
        Caller caller = Caller.current();
        requireStaff(caller);
        for (BigDecimal v : List.of(nz(d.limitGeneral()), nz(d.limitSpecial()), nz(d.balanceGeneral()), nz(d.balanceSpecial()),
                nz(d.newGeneral()), nz(d.newSpecial()), nz(d.repaid()))) {
            if (v.signum() < 0) {
                throw new DomainException("债务数额不能为负数");
            }
        }
        if (d.balanceGeneral() == null || d.balanceSpecial() == null || d.limitGeneral() == null || d.limitSpecial() == null) {
            throw new DomainException("请填写一般债务和专项债务的限额与余额");
        }
        DebtReport report = debtReports.findByYear(year).orElseGet(() -> new DebtReport(year));
        report.update(d, d.specialBondUses().stream().filter(u -> u.purpose() != null && !u.purpose().isBlank() && u.amount() != null)
                .map(u -> u.purpose().trim() + ":" + u.amount().toPlainString()).reduce((a, b) -> a + ";" + b).orElse(""));
        debtReports.saveAndFlush(report);
        jdbc.update("delete from fiscal_debt_bond_use where year = ?", year);
        for (BondUse u : d.specialBondUses()) {
            if (u.purpose() != null && !u.purpose().isBlank() && u.amount() != null) {
                jdbc.update("insert into fiscal_debt_bond_use (year, purpose, amount) values (?, ?, ?)", year, u.purpose().trim(), u.amount());
            }
        }
    }

    @Transactional(readOnly = true)
    public DebtView debt(int year) {
        Caller caller = Caller.current();
        requireReader(caller);
        Map<Integer, BigDecimal[]> byYear = new LinkedHashMap<>();
        jdbc.query("""
                select year, limit_general, limit_special, balance_general, balance_special, new_general, new_special, repaid
                from fiscal_debt_report where year in (?, ?)""", rs -> {
            byYear.put(rs.getInt(1), new BigDecimal[]{rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)});
        }, year, year - 1);
        BigDecimal[] now = byYear.getOrDefault(year, new BigDecimal[7]);
        BigDecimal[] before = byYear.getOrDefault(year - 1, new BigDecimal[7]);
        String[] labels = {"一般债务限额", "专项债务限额", "一般债务余额", "专项债务余额", "新增一般债券", "新增专项债券", "到期偿还"};
        List<ComparedRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            rows.add(new ComparedRow(labels[i], new Compared(now[i], before[i])));
        }
        rows.add(2, new ComparedRow("债务限额合计", new Compared(add(now[0], now[1]), add(before[0], before[1]))));
        rows.add(5, new ComparedRow("债务余额合计", new Compared(add(now[2], now[3]), add(before[2], before[3]))));
        Map<String, BigDecimal[]> bonds = new LinkedHashMap<>();
        jdbc.query("select year, purpose, amount from fiscal_debt_bond_use where year in (?, ?) order by purpose", rs -> {
            bonds.computeIfAbsent(rs.getString(2), k -> new BigDecimal[2])[rs.getInt(1) == year ? 0 : 1] = rs.getBigDecimal(3);
        }, year, year - 1);
        List<ComparedRow> bondRows = bonds.entrySet().stream().map(e -> new ComparedRow(e.getKey(), new Compared(e.getValue()[0], e.getValue()[1])))
                .sorted((a, b) -> nz(b.value().current()).compareTo(nz(a.value().current()))).toList();
        BigDecimal headroom = now[0] == null ? null : add(now[0], now[1]).subtract(add(now[2], now[3]));
        return new DebtView(year, byYear.containsKey(year), rows, bondRows, headroom, byYear.containsKey(year - 1), staff(caller));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
