package cn.congress.domain.figures;

import java.time.LocalDate;

/** One record behind a figure, as the drill-down list shows it: what, when, and the page of the record (null when the reader may not open it). */
public record FigureRecord(String title, LocalDate date, String href) {
}
