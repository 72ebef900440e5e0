package cn.congress.domain.figures;

import java.util.List;

/**
 * Contributed by each feature module as a bean: its figures of the annual work report for a period. Every figure
 * is counted from the records (never entered by hand) and links to the list that it counts.
 */
public interface FigureSource {

    List<Figure> figures(Period period);

    /**
     * The records a figure of this source counts for the period, in the order a list would show them; empty for a
     * key this source does not own. A count figure has exactly as many records as its value.
     */
    default List<FigureRecord> records(String key, Period period) {
        return List.of();
    }
}
