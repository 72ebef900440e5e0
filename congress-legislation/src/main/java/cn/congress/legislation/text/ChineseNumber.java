package cn.congress.legislation.text;

/** Reads the numerals written in legal headings (第一百零五条, 第十二章) and Arabic digits. */
public final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value of {@code s}, or -1 when it is not a numeral. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c == '〇' ? '零' : c == '两' ? '二' : c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += current * 100;
                current = 0;
            } else if (c == '千') {
                total += current * 1000;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** 1 → 一, 105 → 一百零五, 12 → 十二. */
    public static String format(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 1000) {
            int rest = n % 100;
            String head = DIGITS.charAt(n / 100) + "百";
            if (rest == 0) {
                return head;
            }
            return head + (rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + format(rest) : format(rest));
        }
        return Integer.toString(n);
    }
}
