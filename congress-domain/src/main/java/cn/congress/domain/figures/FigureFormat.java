package cn.congress.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written the way a work report writes them: counts as they are (12,600 as 1.26万), money in 万元 or 亿元,
 * shares to one decimal, changes of shares in 个百分点.
 */
public final class FigureFormat {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private FigureFormat() {
    }

    /** The value with its unit, e.g. 12件, 1.26万人次, 1.06亿元, 87.5%; "—" when there is none. */
    public static String value(BigDecimal value, FigureUnit unit) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case PERCENT -> plain(value.setScale(1, RoundingMode.HALF_UP)) + "%";
            case YUAN -> money(value);
            case COUNT -> large(value) + "件";
            case PERSON_TIMES -> large(value) + "人次";
            case PERSONS -> large(value) + "人";
            case HOURS -> large(value) + "小时";
        };
    }

    /** The number alone, without unit (for sentences that carry their own measure word). */
    public static String number(BigDecimal value, FigureUnit unit) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case PERCENT -> plain(value.setScale(1, RoundingMode.HALF_UP)) + "%";
            case YUAN -> money(value);
            default -> large(value);
        };
    }

    /**
     * The change against last year: shares in 个百分点 ("+12.6个百分点"), other figures as the difference and the
     * growth rate ("+3，增长25.0%"); "上年无数据" when last year has no value, "上年为0" when it was zero.
     */
    public static String change(BigDecimal current, BigDecimal previous, FigureUnit unit) {
        if (current == null) {
            return "—";
        }
        if (previous == null) {
            return "上年无数据";
        }
        BigDecimal delta = current.subtract(previous);
        if (unit == FigureUnit.PERCENT) {
            return signed(delta.setScale(1, RoundingMode.HALF_UP)) + "个百分点";
        }
        if (previous.signum() == 0) {
            return delta.signum() == 0 ? "持平（上年为0）" : signed(delta) + "（上年为0）";
        }
        if (delta.signum() == 0) {
            return "持平";
        }
        BigDecimal rate = delta.multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
        String deltaText = unit == FigureUnit.YUAN ? (delta.signum() > 0 ? "+" : "-") + money(delta.abs()) : signed(delta);
        return deltaText + "，" + (rate.signum() > 0 ? "增长" : "下降") + plain(rate.abs()) + "%";
    }

    private static String large(BigDecimal v) {
        if (v.abs().compareTo(TEN_THOUSAND) >= 0) {
            return plain(v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "万";
        }
        return plain(v);
    }

    private static String money(BigDecimal yuan) {
        if (yuan.abs().compareTo(HUNDRED_MILLION) >= 0) {
            return plain(yuan.divide(HUNDRED_MILLION, 2, RoundingMode.HALF_UP)) + "亿元";
        }
        return plain(yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "万元";
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + plain(v);
    }

    private static String plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
