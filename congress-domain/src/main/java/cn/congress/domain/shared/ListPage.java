package cn.congress.domain.shared;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a long list whose total is exact when a person can check it and an estimate, marked as such, when it
 * is large. Use {@link #of} from a feature's {@code *Queries} instead of "rows, then {@code count(*)}".
 * <p>
 * Why this way, and not the alternatives: counting every matching row on every page costs as much as the whole list
 * (100,000 suggestions or 200,000 receptions scanned to print one number), while the page itself needs twenty rows.
 * So the rows are read with one row more than the page holds (that row says whether a next page exists), the last
 * page knows its total from its own rows, and otherwise the count stops at {@link #EXACT_UP_TO} + 1 rows: up to there
 * the total is exact, at a bounded cost. Beyond it the page shows the planner's estimate of the filtered list,
 * written 约 (e.g. 约10万条) — the estimate is what PostgreSQL already keeps in its statistics, costs one EXPLAIN and
 * follows every filter. A maintained counter would be exact but only for the unfiltered list of one scope, would
 * need a trigger on every write of a hot table, and would still need the capped count for any filter.
 */
public final class ListPage<T> extends PageImpl<T> {

    /** Totals up to this many rows are counted exactly; larger ones are estimated and shown as 约. */
    public static final int EXACT_UP_TO = 10_000;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private final boolean estimated;
    private final boolean more;

    private ListPage(List<T> content, Pageable pageable, long total, boolean estimated, boolean more) {
        super(content, pageable, total);
        this.estimated = estimated;
        this.more = more;
    }

    /** A page whose total is known exactly (a short list, or one counted another way). */
    public static <T> ListPage<T> exact(List<T> content, Pageable pageable, long total) {
        return new ListPage<>(content, pageable, total, false, pageable.getOffset() + content.size() < total);
    }

    /**
     * Reads one page: {@code rows} is called with (limit, offset) and must apply them to the list's own query;
     * {@code from} is the list's {@code from … where …} clause (aliases as in that query) with {@code args}, used
     * only when the total cannot be known from the rows.
     */
    public static <T> ListPage<T> of(JdbcTemplate jdbc, Pageable pageable, BiFunction<Integer, Long, List<T>> rows,
                                     String from, Object... args) {
        int size = pageable.getPageSize();
        long offset = pageable.getOffset();
        List<T> fetched = rows.apply(size + 1, offset);
        boolean more = fetched.size() > size;
        List<T> content = more ? List.copyOf(fetched.subList(0, size)) : fetched;
        if (!more && (offset == 0 || !content.isEmpty())) {
            return new ListPage<>(content, pageable, offset + content.size(), false, false);
        }
        Long capped = jdbc.queryForObject("select count(*) from (select 1 " + from + " limit " + (EXACT_UP_TO + 1) + ") capped",
                Long.class, args);
        long counted = capped == null ? 0 : capped;
        if (counted <= EXACT_UP_TO) {
            return new ListPage<>(content, pageable, counted, false, more);
        }
        String plan = jdbc.queryForObject("explain (format json) select 1 " + from, String.class, args);
        long estimate = 0;
        Matcher m = plan == null ? null : PLAN_ROWS.matcher(plan);
        if (m != null && m.find()) {
            estimate = (long) Double.parseDouble(m.group(1));
        }
        // Never fewer than the rows known to exist: past the exact limit and past this page.
        long atLeast = Math.max(EXACT_UP_TO + 1L, offset + content.size() + (more ? 1 : 0));
        return new ListPage<>(content, pageable, Math.max(estimate, atLeast), true, more);
    }

    /** Whether a next page exists: known from the extra row read, not from the (possibly estimated) total. */
    @Override
    public boolean hasNext() {
        return more;
    }

    /** The total is the planner's estimate; the page says 约. */
    public boolean isEstimated() {
        return estimated;
    }

    /**
     * The estimated total the way a person says it: two significant figures, in 万 from ten thousand on
     * ("约10万", "约1.3万"); the exact number when not estimated.
     */
    public String getTotalText() {
        long total = getTotalElements();
        if (!estimated) {
            return Long.toString(total);
        }
        double rounded = roundTwoFigures(total);
        if (rounded >= 10_000) {
            double wan = rounded / 10_000;
            return "约" + (wan == Math.rint(wan) ? Long.toString((long) wan) : Double.toString(wan)) + "万";
        }
        return "约" + (long) rounded;
    }

    private static double roundTwoFigures(long n) {
        if (n < 100) {
            return n;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(n)) - 1);
        return Math.round(n / magnitude) * magnitude;
    }
}
