package cn.congress.domain.shared;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of a list that can grow to hundreds of thousands of rows (民情意见, service cases), with a total that is
 * exact wherever a person would read it as a number and an estimate, labelled 约, beyond that.
 * <p>
 * Why not always {@code count(*)}: an exact count visits every matching row, so the staff's unfiltered list over
 * 200,000 opinions spent more than a second counting before it showed 20 rows, and it grows with the table. Why not
 * always a maintained counter: the lists filter by any mix of station, district, category, status, route, quarter and
 * the date-dependent "overdue", so no counter table short of one row per combination would answer them all; where a
 * counter kept by triggers answers the filters a list is opened with most (suggestions by status and lead unit), the
 * list reads its count with its rows ({@link #totalled}) and shows it exact. Otherwise the count
 * stops after {@link #EXACT_UP_TO} + 1 rows (a bounded index scan): a station's, a deputy's, an organ's list and any
 * narrow filter get their exact number; a list longer than that shows PostgreSQL's planner estimate (kept fresh by
 * autovacuum's ANALYZE), which the page marks as such. Analyses and yearly figures that report numbers keep exact
 * counts; this is only the length of a browsable list.
 */
public class CountedPage<T> extends PageImpl<T> {

    /** Totals up to this are counted exactly; 500 pages of 20. */
    public static final int EXACT_UP_TO = 10_000;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private final boolean approximate;
    private final long shownTotal;

    private CountedPage(List<T> content, Pageable pageable, long total, boolean approximate) {
        super(content, pageable, total);
        this.approximate = approximate;
        this.shownTotal = total;
    }

    /**
     * Reads the page with {@code rows}, which receives the {@code limit … offset …} to append (one row more than the
     * page shows: that row says whether a next page exists), and counts {@code select … <fromWhere>} (a
     * {@code from … where …} clause with its arguments, no order or limit) as above only when the rows cannot tell
     * the total: a list that ends on this page needs no count at all.
     */
    public static <T> CountedPage<T> of(JdbcTemplate jdbc, String fromWhere, Object[] args, Pageable pageable,
                                        Function<String, List<T>> rows) {
        Rows<T> page = Rows.read(pageable, rows);
        if (page.tellTotal()) {
            return new CountedPage<>(page.content(), pageable, page.known(), false);
        }
        long counted = jdbc.queryForObject("select count(*) from (select 1 " + fromWhere + " limit " + (EXACT_UP_TO + 1) + ") bounded",
                Long.class, args);
        boolean approximate = counted > EXACT_UP_TO;
        // never fewer than the rows known to exist
        long total = approximate ? Math.max(Math.max(EXACT_UP_TO + 1, estimate(jdbc, fromWhere, args)), page.known()) : counted;
        return new CountedPage<>(page.content(), pageable, total, approximate);
    }

    /** Rows of a page as read by one statement, with the total it read alongside them from a counter (-1 when no row came). */
    public record Totalled<T>(List<T> rows, long total) {
    }

    /**
     * Reads the page and its exact total in one statement: {@code rows} receives the limit clause, as in
     * {@link #of(JdbcTemplate, String, Object[], Pageable, Function)}, and returns the rows with the total read by the
     * same statement from a counter kept as the rows change (cheap whatever the total, so read whether needed or not:
     * one round trip instead of two). Only a page past the end of the list, without rows to carry the total, counts
     * with {@code exactCount}.
     */
    public static <T> CountedPage<T> totalled(Pageable pageable, Function<String, Totalled<T>> rows, LongSupplier exactCount) {
        long[] total = {-1};
        Rows<T> page = Rows.read(pageable, limit -> {
            Totalled<T> read = rows.apply(limit);
            total[0] = read.total();
            return read.rows();
        });
        if (page.tellTotal()) {
            return new CountedPage<>(page.content(), pageable, page.known(), false);
        }
        long exact = total[0] >= 0 ? total[0] : exactCount.getAsLong();
        // never fewer than the rows known to exist (a row added since the counter was read)
        return new CountedPage<>(page.content(), pageable, Math.max(exact, page.known()), false);
    }

    /** One page read with one row more than it shows: that row says whether a next page exists. */
    private record Rows<T>(List<T> content, boolean more, long offset) {

        static <T> Rows<T> read(Pageable pageable, Function<String, List<T>> rows) {
            int size = pageable.getPageSize();
            List<T> fetched = rows.apply(" limit " + (size + 1) + " offset " + pageable.getOffset());
            boolean more = fetched.size() > size;
            return new Rows<>(more ? List.copyOf(fetched.subList(0, size)) : fetched, more, pageable.getOffset());
        }

        /** The rows alone tell the total: the list ends on this page (and the page is not past its end). */
        boolean tellTotal() {
            return !more && (offset == 0 || !content.isEmpty());
        }

        /** The rows known to exist up to and including the look-ahead row (none from a page past the end: no row says so). */
        long known() {
            return content.isEmpty() ? 0 : offset + content.size() + (more ? 1 : 0);
        }
    }

    /** The planner's estimate of the rows {@code fromWhere} selects (its top plan node's row count). */
    private static long estimate(JdbcTemplate jdbc, String fromWhere, Object[] args) {
        String plan = String.join("\n", jdbc.queryForList("explain (format json) select 1 " + fromWhere, String.class, args));
        Matcher m = PLAN_ROWS.matcher(plan);
        return m.find() ? Math.round(Double.parseDouble(m.group(1))) : 0;
    }

    /** The same page with its rows converted, keeping the total and whether it is an estimate. */
    @Override
    public <U> CountedPage<U> map(Function<? super T, ? extends U> converter) {
        return new CountedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), shownTotal, approximate);
    }

    /** True when the total is the planner's estimate: the page says 约 and rounds it. */
    public boolean isApproximate() {
        return approximate;
    }

    /** The total as shown: exact, or the estimate rounded to two significant figures. */
    public long getShownTotal() {
        if (!approximate) {
            return shownTotal;
        }
        long scale = 1;
        while (shownTotal / scale >= 100) {
            scale *= 10;
        }
        return Math.round((double) shownTotal / scale) * scale;
    }
}
