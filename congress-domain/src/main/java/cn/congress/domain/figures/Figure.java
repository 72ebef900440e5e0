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
 * @param link    the list that shows exactly the records behind the number (an application path), or null
 */
public record Figure(String key, FigureSection section, int order, BigDecimal value, FigureUnit unit, String link) {

    public static Figure count(String key, FigureSection section, int order, long value, String link) {
        return new Figure(key, section, order, BigDecimal.valueOf(value), FigureUnit.COUNT, link);
    }

    public String messageKey() {
        return "figure." + key;
    }
}
