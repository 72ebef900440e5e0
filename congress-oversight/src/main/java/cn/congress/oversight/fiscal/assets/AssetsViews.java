package cn.congress.oversight.fiscal.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What the state-assets and debt pages receive: this year's figures beside last year's. */
public final class AssetsViews {

    private AssetsViews() {
    }

    /** A figure this year and last year, with the change in percent (null when last year is missing or zero). */
    public record Compared(BigDecimal current, BigDecimal previous) {
        public BigDecimal changePercent() {
            if (current == null || previous == null || previous.signum() == 0) {
                return null;
            }
            return current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
        }
    }

    /** The key figures of one category (亿元): assets, liabilities, net assets. */
    public record CategoryFigures(AssetCategory category, BigDecimal assets, BigDecimal liabilities, String note) {
        public BigDecimal net() {
            return assets == null || liabilities == null ? null : assets.subtract(liabilities);
        }
    }

    public record CategoryRow(AssetCategory category, Compared assets, Compared liabilities, Compared net, String note) {
    }

    public record AssetsView(int year, boolean exists, String title, String specialTopic, List<CategoryRow> rows, Compared totalAssets,
                             Compared totalNet, boolean previousExists, boolean canEdit) {
    }

    /** What staff enter for the debt report (亿元). */
    public record DebtFigures(BigDecimal limitGeneral, BigDecimal limitSpecial, BigDecimal balanceGeneral, BigDecimal balanceSpecial,
                              BigDecimal newGeneral, BigDecimal newSpecial, BigDecimal repaid, List<BondUse> specialBondUses) {
    }

    /** 专项债券 by purpose (亿元). */
    public record BondUse(String purpose, BigDecimal amount) {
    }

    /** A line of a year-on-year table: what it counts (a debt item, a bond purpose) and its figure beside last year's. */
    public record ComparedRow(String label, Compared value) {
    }

    public record DebtView(int year, boolean exists, List<ComparedRow> rows, List<ComparedRow> bonds, BigDecimal headroom, boolean previousExists,
                           boolean canEdit) {
    }
}
