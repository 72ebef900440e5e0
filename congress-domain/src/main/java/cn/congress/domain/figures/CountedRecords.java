package cn.congress.domain.figures;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure source whose figures are counts of records selected by SQL: one query per figure states which records
 * count, and the same query lists them, so the number and the list behind it cannot disagree. Each query selects
 * {@code title, on_date, href} and may use {@code :from}/{@code :to} (dates, to exclusive) and
 * {@code :start}/{@code :end} (instants of the period's bounds in Asia/Shanghai).
 */
public abstract class CountedRecords implements FigureSource {

    /** One counted figure: its key, place, unit and the query that selects the records it counts. */
    public record Counted(String key, FigureSection section, int order, FigureUnit unit, String sql) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    protected CountedRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    protected abstract List<Counted> counted();

    /** All the source's counts in one statement (one round trip per source and period, not one per figure). */
    @Override
    public List<Figure> figures(Period period) {
        List<Counted> counted = counted();
        if (counted.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < counted.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from (").append(counted.get(i).sql()).append(") c").append(i).append(')');
        }
        List<Figure> figures = new ArrayList<>();
        jdbc.query(sql.toString(), params(period), rs -> {
            for (int i = 0; i < counted.size(); i++) {
                Counted c = counted.get(i);
                figures.add(new Figure(c.key(), c.section(), c.order(), java.math.BigDecimal.valueOf(rs.getLong(i + 1)), c.unit(),
                        Figure.recordsLink(c.key(), period)));
            }
        });
        return figures;
    }

    @Override
    public List<FigureRecord> records(String key, Period period) {
        for (Counted c : counted()) {
            if (c.key().equals(key)) {
                return jdbc.query("select * from (" + c.sql() + ") counted order by on_date, title", params(period),
                        (rs, i) -> new FigureRecord(rs.getString("title"), rs.getObject("on_date", LocalDate.class), rs.getString("href")));
            }
        }
        return List.of();
    }

    private static MapSqlParameterSource params(Period period) {
        return new MapSqlParameterSource()
                .addValue("from", period.from()).addValue("to", period.to())
                .addValue("start", Timestamp.from(period.start())).addValue("end", Timestamp.from(period.end()));
    }
}
