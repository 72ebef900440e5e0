package cn.congress.domain.figures;

import java.math.BigDecimal;

/**
 * One number of the annual work report.
 *
 * @param key     stable identifier and message key of the figure's label ({@code figure.<key>}), e.g.
 *                {@code legislation.regulations-enacted}; also the name a sentence template uses
 * @param section where the report has it
 * @param order   position within the section, low first
 * @param value   the number (a percentage as 0–100); null when it cannot be computed for the period (no base)
 * @param unit    how it is written
 * @param link    the page that shows exactly the records behind the number: a filtered list of the feature, or
 *                {@link #recordsLink} when the source lists them through {@link FigureSource#records}; null for none
 */
public record Figure(String key, FigureSection section, int order, BigDecimal value, FigureUnit unit, String link) {

    public static Figure count(String key, FigureSection section, int order, long value, String link) {
        return new Figure(key, section, order, BigDecimal.valueOf(value), FigureUnit.COUNT, link);
    }

    /** The annual report's own list of the records behind a figure (see {@link FigureSource#records}). */
    public static String recordsLink(String key, Period period) {
        return "/reports/annual/records?key=" + key + "&year=" + period.from().getYear();
    }

    /** A share in per cent of {@code part} in {@code whole}, one decimal; null when there is no whole to divide. */
    public static Figure percent(String key, FigureSection section, int order, long part, long whole) {
        BigDecimal value = whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
        return new Figure(key, section, order, value, FigureUnit.PERCENT, null);
    }

    public String messageKey() {
        return "figure." + key;
    }
}
