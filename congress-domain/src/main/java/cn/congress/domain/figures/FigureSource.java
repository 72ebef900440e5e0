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

    /**
     * The tables this source's figures are read from, when each of them notifies its changes as
     * {@value AnnualFigures#CACHE} (a statement trigger calling {@code notify_figures()}, see the migration that adds
     * them): then {@link AnnualFigures} keeps the figures in every instance's {@code ReferenceData} until one of
     * them changes. Empty (the default): the figures are counted on every request. A source whose counting is cheap
     * needs no cache; one that reads a table without the trigger must not declare it.
     */
    default java.util.Set<String> tables() {
        return java.util.Set.of();
    }
}
