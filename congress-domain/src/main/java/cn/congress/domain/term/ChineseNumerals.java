package cn.congress.domain.term;

/** Small Chinese numerals as used in 届, 次 and 号 (1 to 999): 十七, 二十三, 一百零五. */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    public static String of(int n) {
        if (n < 0 || n > 999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        int rest = n % 100;
        String hundreds = DIGITS[n / 100] + "百";
        if (rest == 0) {
            return hundreds;
        }
        return hundreds + (rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + of(rest) : of(rest));
    }
}
