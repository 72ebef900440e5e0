package cn.congress.domain.figures;

import java.util.List;

/**
 * Contributed by each feature module as a bean: its figures of the annual work report for a period. Every figure
 * is counted from the records (never entered by hand) and links to the list that it counts.
 */
public interface FigureSource {

    List<Figure> figures(Period period);
}
