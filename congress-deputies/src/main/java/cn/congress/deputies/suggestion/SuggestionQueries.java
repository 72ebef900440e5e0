package cn.congress.deputies.suggestion;

import cn.congress.domain.rules.CodeLabel;
import org.springframework.security.access.AccessDeniedException;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.SourceVersions;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureRecord;
import cn.congress.domain.figures.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read side of suggestions: paged lists scoped to the caller ({@link SuggestionAccess#scope}), exports, the public
 * list and the statistics. A page reads its rows (one more than it shows) plus the caller's deputy id, and counts only
 * when the rows cannot tell the total: from the counters kept by triggers where they answer the filters
 * ({@link #counted}), else never more than {@link CountedPage#EXACT_UP_TO} rows ({@link CountedPage}). "Solved" and "dissatisfied" are the codes the rules flag so, never a position in the list.
 */
@Service
public class SuggestionQueries {

    public static final int EXPORT_LIMIT = 100_000;

    private static final String HANDLING = "('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','REHANDLING')";
    private static final String VISIBLE_TO_UNIT = "('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','ANSWERED','DISSATISFIED','REHANDLING','FOLLOW_UP','CLOSED')";

    private final JdbcTemplate jdbc;
    private final SuggestionAccess access;
    private final Rules rules;
    private final Clock clock;
    /**
     * The unfiltered figures of each scope: over 100,000 suggestions they take four passes over the table and its rounds
     * (a staff dashboard took seconds under load), and every staff member and every unit opens them first. Kept while
     * no suggestion, round, contact, deputy or unit changed ('suggestions' area, see {@link SourceVersions}), per day
     * and per rule values (the flags of what counts as solved, dissatisfied and face to face, the days before a due date).
     */
    private final SourceVersions.Kept<StatsKey, Stats> keptStats;

    private record StatsKey(SuggestionAccess.Scope scope, LocalDate today, List<String> ruleValues) {
    }

    public SuggestionQueries(JdbcTemplate jdbc, SuggestionAccess access, Rules rules, Clock clock, SourceVersions sourceVersions) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
        this.keptStats = sourceVersions.keep("suggestions", 1_000);
    }

    private record Where(String sql, List<Object> args) {

        Where and(String condition, Object... more) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(List.of(more));
            return new Where(sql + condition, all);
        }
    }

    /**
     * One page of the caller's list; the total is exact from the counters, or exact up to {@link CountedPage#EXACT_UP_TO}
     * and marked 约 above (see there). Where the counters answer the filters, the rows and their total are one
     * statement, run without a transaction of its own (the statement is its own snapshot): the list opened most, by
     * every staff member and unit, then costs one round trip to the database instead of four (begin, rows, count, commit).
     */
    public CountedPage<SuggestionRow> page(SuggestionFilter filter, Pageable pageable) {
        LocalDate today = today();
        int soonDays = rules.integer("suggestion.due-soon-days");
        SuggestionAccess.Scope scope = access.scope(access.asker());
        Where where = where(scope, filter, today);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today), Date.valueOf(today.plusDays(soonDays))));
        Where counted = counted(scope, filter);
        if (counted == null) {
            args.addAll(where.args());
            return CountedPage.of(jdbc, "from suggestion s" + where.sql(), where.args().toArray(), pageable,
                    limit -> jdbc.query(select("") + where.sql() + " order by s.id desc" + limit, ROW, args.toArray()));
        }
        args.addAll(counted.args());
        args.addAll(where.args());
        String sql = select(", (" + counted.sql() + ") as total") + where.sql() + " order by s.id desc";
        return CountedPage.totalled(pageable, limit -> jdbc.query(sql + limit, rs -> {
            List<SuggestionRow> rows = new ArrayList<>();
            long total = -1;
            while (rs.next()) {
                rows.add(ROW.mapRow(rs, rows.size()));
                if (total < 0) {
                    total = rs.getLong("total"); // the same on every row
                }
            }
            return new CountedPage.Totalled<>(rows, total);
        }, args.toArray()), () -> jdbc.queryForObject(counted.sql(), Long.class, counted.args().toArray()));
    }

    /**
     * The exact total of a list from the counters kept by triggers ({@code suggestion_count}, migration
     * {@code V2026_12_01_3001}), when its scope and filters are ones they answer: the staff's list, whole or by status
     * and lead unit, and a unit's list, whole or by status (its co-handled suggestions, few, are counted from the rows).
     * Null for any other filter: the list then counts its rows ({@link CountedPage}).
     */
    private static Where counted(SuggestionAccess.Scope scope, SuggestionFilter f) {
        if (f.category() != null || f.delegationId() != null || f.keySupervised() != null || f.bundleId() != null || f.overdue()
                || f.kind() != null || f.q() != null && !f.q().isBlank()) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        String status = "";
        if (f.status() != null) {
            status = " and status = ?";
        }
        if (scope instanceof SuggestionAccess.Scope.Everything) {
            StringBuilder sql = new StringBuilder("select coalesce(sum(n), 0) from suggestion_count where status <> 'DRAFT'").append(status);
            if (f.status() != null) {
                args.add(f.status().name());
            }
            if (f.unitId() != null) {
                sql.append(" and lead_unit_id = ?");
                args.add(f.unitId());
            }
            return new Where(sql.toString(), args);
        }
        if (scope instanceof SuggestionAccess.Scope.Unit u && f.unitId() == null) {
            String sql = "select coalesce((select sum(n) from suggestion_count where lead_unit_id = ? and status in " + VISIBLE_TO_UNIT + status + "), 0)"
                    + " + (select count(*) from suggestion s where s.id = any(array(select c.suggestion_id from suggestion_co_unit c where c.org_unit_id = ?))"
                    + " and s.lead_unit_id is distinct from ? and s.status in " + VISIBLE_TO_UNIT + status.replace("status", "s.status") + ")";
            args.add(u.orgUnitId());
            if (f.status() != null) {
                args.add(f.status().name());
            }
            args.add(u.orgUnitId());
            args.add(u.orgUnitId());
            if (f.status() != null) {
                args.add(f.status().name());
            }
            return new Where(sql, args);
        }
        return null;
    }

    /** All rows of a list, for the Excel export. */
    @Transactional(readOnly = true)
    public List<SuggestionRow> export(SuggestionFilter filter) {
        LocalDate today = today();
        Where where = where(access.scope(access.asker()), filter, today);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today),
                Date.valueOf(today.plusDays(rules.integer("suggestion.due-soon-days")))));
        args.addAll(where.args());
        args.add(EXPORT_LIMIT);
        return jdbc.query(select("") + where.sql() + " order by s.id desc limit ?", ROW, args.toArray());
    }

    @Transactional(readOnly = true)
    public CountedPage<PublicSuggestion> published(String q, Pageable pageable) {
        List<Object> args = titleArgs(q);
        return CountedPage.of(jdbc, "from suggestion s" + publishedCondition(q), args.toArray(), pageable,
                limit -> jdbc.query(PUBLISHED + publishedCondition(q) + " order by s.id desc" + limit, PUBLIC_ROW, args.toArray()));
    }

    /** All published suggestions matching {@code q}, for the Excel export of the public list. */
    @Transactional(readOnly = true)
    public List<PublicSuggestion> publishedForExport(String q) {
        List<Object> args = titleArgs(q);
        args.add(EXPORT_LIMIT);
        return jdbc.query(PUBLISHED + publishedCondition(q) + " order by s.id desc limit ?", PUBLIC_ROW, args.toArray());
    }

    private static final String PUBLISHED = """
            select s.id, s.registration_number, s.title, d.name as deputy, u.name as unit, s.category,
                   r.answer_category, r.answer, r.answered_at
            from suggestion s join deputy d on d.id = s.lead_deputy_id left join org_unit u on u.id = s.lead_unit_id
            left join lateral (select answer_category, answer, answered_at from suggestion_round x
                               where x.suggestion_id = s.id and x.answered_at is not null order by x.number desc limit 1) r on true
            """;

    private static final RowMapper<PublicSuggestion> PUBLIC_ROW = (rs, i) -> new PublicSuggestion(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), SuggestionCategory.valueOf(rs.getString(6)), rs.getString(7),
            rs.getString(8), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());

    private static String publishedCondition(String q) {
        return " where s.published" + (q == null || q.isBlank() ? "" : " and s.title ilike ?");
    }

    private static List<Object> titleArgs(String q) {
        List<Object> args = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            args.add("%" + escapeLike(q.trim()) + "%");
        }
        return args;
    }

    /** How one lead unit handles what it was assigned: the table of the statistics page and its export. */
    public record UnitPerformance(long unitId, String unitName, long assigned, long answered, long resolved, long evaluated,
                                  long satisfied, long roundsAnswered, long roundsOnTime, long overdue) {

        public int resolutionRate() {
            return Stats.percent(resolved, answered);
        }

        public int satisfactionRate() {
            return Stats.percent(satisfied, evaluated);
        }

        public int onTimeRate() {
            return Stats.percent(roundsOnTime, roundsAnswered);
        }
    }

    /** Every lead unit's figures in the viewer's scope (a unit sees only its own), most assignments first. One statement. */
    @Transactional(readOnly = true)
    public List<UnitPerformance> unitPerformance() {
        return unitPerformance(StatsFilter.none());
    }

    /** The table of the statistics page over the suggestions {@code filter} selects. */
    @Transactional(readOnly = true)
    public List<UnitPerformance> unitPerformance(StatsFilter filter) {
        LocalDate today = today();
        Where scope = statsWhere(access.scope(access.asker()), filter, today);
        String[] solvedCodes = flagged("suggestion.answer-categories", CodeLabel.SOLVED);
        String[] dissatisfiedCodes = flagged("suggestion.satisfaction-options", CodeLabel.DISSATISFIED);
        return jdbc.query("select u.id, coalesce(u.short_name, u.name), count(*), "
                        + "count(*) filter (where s.answer_category is not null), "
                        + "count(*) filter (where s.answer_category = any(?)), "
                        + "count(*) filter (where s.satisfaction is not null and s.status not in ('REHANDLING','DISSATISFIED')), "
                        + "count(*) filter (where s.satisfaction is not null and s.status not in ('REHANDLING','DISSATISFIED') and s.satisfaction <> all(?)), "
                        + "coalesce(sum(r.answered), 0), coalesce(sum(r.on_time), 0), "
                        + "count(*) filter (where s.status in " + HANDLING + " and s.due_on < ?) "
                        + "from suggestion s join org_unit u on u.id = s.lead_unit_id "
                        + "left join lateral (select count(*) filter (where x.answered_at is not null) as answered, "
                        + "count(*) filter (where x.answered_at is not null and (x.answered_at at time zone 'Asia/Shanghai')::date <= x.due_on) as on_time "
                        + "from suggestion_round x where x.suggestion_id = s.id) r on true"
                        + scope.sql() + " group by u.id, u.short_name, u.name order by count(*) desc, coalesce(u.short_name, u.name)",
                (rs, i) -> new UnitPerformance(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)),
                concat(List.of(solvedCodes, dissatisfiedCodes, Date.valueOf(today)), scope.args()));
    }

    /**
     * Which suggestions the statistics count, on top of the caller's scope: a term (届), the phase they were filed in
     * (大会期间 / 闭会期间), the calendar year they were filed in (Asia/Shanghai), their kind; null means any.
     */
    public record StatsFilter(Long termId, SuggestionPhase phase, Integer year, SuggestionKind kind) {

        public static StatsFilter none() {
            return new StatsFilter(null, null, null, null);
        }

        public boolean any() {
            return termId != null || phase != null || year != null || kind != null;
        }
    }

    /**
     * The counts behind the four rates the field reports, over one set of suggestions. Counted by {@link #measure} in
     * one statement, which the statistics page and the yearly figures ({@code deputies.figures}) both use, so that
     * the page filtered to a year shows exactly the report's numbers.
     *
     * @param filed          suggestions in the set (everything but drafts in the caller's scope)
     * @param answered       with an answer in the current round ({@link #ANSWERED})
     * @param solved         answered in a category the rules flag {@code solved}
     * @param evaluated      with the lead deputy's final evaluation (not one that sent it back for another round)
     * @param satisfied      evaluated with an option the rules do not flag {@code dissatisfied}
     * @param roundsAnswered answered handling rounds (a suggestion handled twice has two)
     * @param roundsOnTime   of those, answered on or before the round's deadline (the day in Asia/Shanghai)
     * @param faceToFace     answered, and the lead unit recorded a contact in a way the rules flag {@code face-to-face}
     */
    public record Measures(long filed, long answered, long solved, long evaluated, long satisfied, long roundsAnswered,
                           long roundsOnTime, long faceToFace) {

        /** 解决率: solved ÷ answered. */
        public BigDecimal solvedRate() {
            return rate(solved, answered);
        }

        /** 满意率: satisfied ÷ evaluated. */
        public BigDecimal satisfiedRate() {
            return rate(satisfied, evaluated);
        }

        /** 按期答复率: rounds answered on time ÷ rounds answered. */
        public BigDecimal onTimeRate() {
            return rate(roundsOnTime, roundsAnswered);
        }

        /** 面商率: answered with an in-person contact of the lead unit ÷ answered. */
        public BigDecimal faceToFaceRate() {
            return rate(faceToFace, answered);
        }

        /** Per cent with one decimal (half up, as {@link Figure#percent}); null when there is nothing to divide by. */
        static BigDecimal rate(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    /** The figures of the tracking dashboard and the statistics page. */
    public record Stats(Map<SuggestionStatus, Long> byStatus, List<UnitLoad> byUnit, Measures measures, long overdue, long dueSoon) {

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        static int percent(long part, long whole) {
            return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
        }
    }

    /** Suggestions a unit leads, and how many of them are overdue. */
    public record UnitLoad(long unitId, String unitName, long total, long overdue) {
    }

    /** The dashboard's figures: everything in the caller's scope. */
    @Transactional(readOnly = true)
    public Stats stats() {
        return stats(StatsFilter.none());
    }

    @Transactional(readOnly = true)
    public Stats stats(StatsFilter filter) {
        LocalDate today = today();
        SuggestionAccess.Scope scope = access.scope(access.asker());
        if (filter.any()) {
            return stats(scope, filter, today);
        }
        List<String> ruleValues = List.of(String.join(",", flagged("suggestion.answer-categories", CodeLabel.SOLVED)),
                String.join(",", flagged("suggestion.satisfaction-options", CodeLabel.DISSATISFIED)),
                String.join(",", flagged(CONTACT_WAYS, FACE_TO_FACE)), String.valueOf(rules.integer("suggestion.due-soon-days")));
        return keptStats.get(new StatsKey(scope, today, ruleValues), () -> stats(scope, filter, today));
    }

    private Stats stats(SuggestionAccess.Scope caller, StatsFilter filter, LocalDate today) {
        Where scope = statsWhere(caller, filter, today);
        Map<SuggestionStatus, Long> byStatus = new LinkedHashMap<>();
        jdbc.query("select s.status, count(*) from suggestion s" + scope.sql() + " group by s.status",
                rs -> {
                    byStatus.put(SuggestionStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, scope.args().toArray());
        List<UnitLoad> byUnit = jdbc.query("select u.id, coalesce(u.short_name, u.name), count(*), count(*) filter (where s.status in "
                        + HANDLING + " and s.due_on < ?) from suggestion s join org_unit u on u.id = s.lead_unit_id" + scope.sql()
                        + " group by u.id, u.short_name, u.name order by count(*) desc limit 15",
                (rs, i) -> new UnitLoad(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                concat(List.of(Date.valueOf(today)), scope.args()));
        int soonDays = rules.integer("suggestion.due-soon-days");
        Map<String, Object> f = jdbc.queryForMap("select count(*) filter (where s.status in " + HANDLING + " and s.due_on < ?) as overdue, "
                        + "count(*) filter (where s.status in " + HANDLING + " and s.due_on >= ? and s.due_on <= ?) as due_soon "
                        + "from suggestion s" + scope.sql(),
                concat(List.of(Date.valueOf(today), Date.valueOf(today), Date.valueOf(today.plusDays(soonDays))), scope.args()));
        return new Stats(Collections.unmodifiableMap(byStatus), List.copyOf(byUnit), sum(measure(scope).values()),
                num(f, "overdue"), num(f, "due_soon"));
    }

    /**
     * The measures of the suggestions of each kind filed in a period, of everyone's (the annual work report's figures;
     * {@code AnnualFigures} decides who may read them, and they are counts, never records). A kind without any is absent.
     */
    @Transactional(readOnly = true)
    public Map<SuggestionKind, Measures> measuresOf(Period period) {
        // Read from the counts kept with every change of a suggestion, its rounds and contacts (migration
        // V2026_12_01_2001): the year's few thousand day rows instead of a pass over its 100,000 suggestions. They are
        // kept by value; the rule flags in force decide here, as in measure(), what counts as solved, dissatisfied
        // and face to face. SuggestionStatisticsTest holds them equal to measure() over the records.
        String[] solved = flagged("suggestion.answer-categories", CodeLabel.SOLVED);
        String[] dissatisfied = flagged("suggestion.satisfaction-options", CodeLabel.DISSATISFIED);
        String[] faceToFace = flagged(CONTACT_WAYS, FACE_TO_FACE);
        Map<SuggestionKind, Measures> byKind = new java.util.EnumMap<>(SuggestionKind.class);
        jdbc.query("select kind, sum(n), coalesce(sum(n) filter (where answer_category <> ''), 0), "
                + "coalesce(sum(n) filter (where answer_category = any(?)), 0), coalesce(sum(n) filter (where evaluation <> ''), 0), "
                + "coalesce(sum(n) filter (where evaluation <> '' and evaluation <> all(?)), 0), sum(rounds_answered), sum(rounds_on_time), "
                + "coalesce(sum(n) filter (where answer_category <> '' and lead_ways && cast(? as text[])), 0) "
                + "from suggestion_figure_day where day >= ? and day < ? group by kind having sum(n) > 0", rs -> {
                    byKind.put(SuggestionKind.valueOf(rs.getString(1)), new Measures(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
                }, solved, dissatisfied, faceToFace, Date.valueOf(period.from()), Date.valueOf(period.to()));
        return byKind;
    }

    /** The suggestions {@link #measuresOf} counts as filed (or, with {@code answeredOnly}, as answered), for the report's drill-down. */
    @Transactional(readOnly = true)
    public List<FigureRecord> recordsOf(Period period, SuggestionKind kind, boolean answeredOnly) {
        Where where = periodWhere(period, kind);
        return jdbc.query("select s.title, (s.submitted_at at time zone 'Asia/Shanghai')::date, s.id from suggestion s" + where.sql()
                        + (answeredOnly ? " and " + ANSWERED : "") + " order by s.submitted_at, s.id",
                (rs, i) -> new FigureRecord(rs.getString(1), rs.getObject(2, LocalDate.class), "/suggestions/" + rs.getLong(3)),
                where.args().toArray());
    }

    private Where periodWhere(Period period, SuggestionKind kind) {
        return statsWhere(new SuggestionAccess.Scope.Everything(), new StatsFilter(null, null, null, kind), today())
                .and(" and s.submitted_at >= ? and s.submitted_at < ?", Timestamp.from(period.start()), Timestamp.from(period.end()));
    }

    /** A suggestion counts as answered while its current round has an answer (a round handled again has none yet). */
    private static final String ANSWERED = "s.answer_category is not null";
    /** The deputy's evaluation that stands: not the one that sent it to another round, nor one being decided on. */
    private static final String EVALUATED = "s.satisfaction is not null and s.status not in ('REHANDLING','DISSATISFIED')";
    /** The filing day falls within a 人民代表大会会议 of the suggestion's term. */
    private static final String IN_CONGRESS_SESSION = "exists (select 1 from meeting m where m.term_id = s.term_id and m.kind = 'CONGRESS' "
            + "and (s.submitted_at at time zone 'Asia/Shanghai')::date between m.start_date and coalesce(m.end_date, m.start_date))";

    /**
     * The one statement of {@link Measures}, by kind (the page adds the kinds up, the yearly figures take each). One
     * pass over the selected suggestions: their rounds and their lead unit's in-person contacts are joined as
     * pre-aggregated sets (hash joins), not probed row by row.
     */
    private Map<SuggestionKind, Measures> measure(Where where) {
        String[] solved = flagged("suggestion.answer-categories", CodeLabel.SOLVED);
        String[] dissatisfied = flagged("suggestion.satisfaction-options", CodeLabel.DISSATISFIED);
        String[] faceToFace = flagged(CONTACT_WAYS, FACE_TO_FACE);
        String sql = "select s.kind, count(*), "
                + "count(*) filter (where " + ANSWERED + "), "
                + "count(*) filter (where s.answer_category = any(?)), "
                + "count(*) filter (where " + EVALUATED + "), "
                + "count(*) filter (where " + EVALUATED + " and s.satisfaction <> all(?)), "
                + "coalesce(sum(r.answered), 0), coalesce(sum(r.on_time), 0), "
                + "count(*) filter (where " + ANSWERED + " and f.suggestion_id is not null) "
                + "from suggestion s "
                + "left join (select x.suggestion_id, count(*) as answered, "
                + "count(*) filter (where (x.answered_at at time zone 'Asia/Shanghai')::date <= x.due_on) as on_time "
                + "from suggestion_round x where x.answered_at is not null group by x.suggestion_id) r on r.suggestion_id = s.id "
                + "left join (select distinct c.suggestion_id, c.org_unit_id from suggestion_contact c where c.way = any(?)) f "
                + "on f.suggestion_id = s.id and f.org_unit_id = s.lead_unit_id"
                + where.sql() + " group by s.kind";
        List<Object> args = new ArrayList<>(List.of(solved, dissatisfied, faceToFace));
        args.addAll(where.args());
        Map<SuggestionKind, Measures> byKind = new java.util.EnumMap<>(SuggestionKind.class);
        jdbc.query(sql, rs -> {
            byKind.put(SuggestionKind.valueOf(rs.getString(1)), new Measures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
        }, args.toArray());
        return byKind;
    }

    private static Measures sum(java.util.Collection<Measures> all) {
        Measures t = new Measures(0, 0, 0, 0, 0, 0, 0, 0);
        for (Measures m : all) {
            t = new Measures(t.filed() + m.filed(), t.answered() + m.answered(), t.solved() + m.solved(), t.evaluated() + m.evaluated(),
                    t.satisfied() + m.satisfied(), t.roundsAnswered() + m.roundsAnswered(), t.roundsOnTime() + m.roundsOnTime(),
                    t.faceToFace() + m.faceToFace());
        }
        return t;
    }

    private Where statsWhere(SuggestionAccess.Scope scope, StatsFilter filter, LocalDate today) {
        Where where = where(scope, filter.kind() == null ? SuggestionFilter.none()
                : new SuggestionFilter(null, null, null, null, null, null, false, null, filter.kind()), today);
        if (filter.termId() != null) {
            where = where.and(" and s.term_id = ?", filter.termId());
        }
        if (filter.phase() != null) {
            where = where.and(filter.phase() == SuggestionPhase.CONGRESS_SESSION
                    ? " and s.submitted_at is not null and " + IN_CONGRESS_SESSION
                    : " and s.submitted_at is not null and not " + IN_CONGRESS_SESSION);
        }
        if (filter.year() != null) {
            Period year = Period.year(filter.year());
            where = where.and(" and s.submitted_at >= ? and s.submitted_at < ?", Timestamp.from(year.start()), Timestamp.from(year.end()));
        }
        return where;
    }

    /** The ways of contact with the deputy (rule), and the flag of those made in person (面商率). */
    public static final String CONTACT_WAYS = "suggestion.contact-ways";
    public static final String FACE_TO_FACE = "face-to-face";

    /** 履职档案: a deputy's suggestions and motions, led and joint. */
    public record Performance(long led, long jointlySigned, long motions, long answered, long satisfied, List<SuggestionRow> latest) {
    }

    @Transactional(readOnly = true)
    public Performance performance(long deputyId) {
        var a = access.asker();
        if (!a.staff() && !Long.valueOf(deputyId).equals(a.deputyId())) {
            throw new AccessDeniedException("只能查看本人的履职档案");
        }
        Map<String, Object> m = jdbc.queryForMap("""
                select count(*) filter (where s.lead_deputy_id = ?) as led,
                       count(*) filter (where s.lead_deputy_id <> ?) as joint,
                       count(*) filter (where s.kind = 'MOTION' or s.status = 'MOTION_LISTED') as motions,
                       count(*) filter (where s.answer_category is not null or s.status in ('FOLLOW_UP', 'CLOSED')) as answered,
                       count(*) filter (where s.lead_deputy_id = ? and s.status in ('FOLLOW_UP', 'CLOSED')) as closed
                from suggestion s
                where s.status not in ('DRAFT', 'WITHDRAWN')
                  and (s.lead_deputy_id = ? or s.id = any(array(select g.suggestion_id from suggestion_signer g where g.deputy_id = ? and g.confirmed_at is not null)))
                """, deputyId, deputyId, deputyId, deputyId, deputyId);
        LocalDate today = today();
        List<SuggestionRow> latest = jdbc.query(select("") + " where s.status not in ('DRAFT', 'WITHDRAWN') and (s.lead_deputy_id = ? "
                        + "or s.id = any(array(select g.suggestion_id from suggestion_signer g where g.deputy_id = ? and g.confirmed_at is not null))) "
                        + "order by s.id desc limit 20", ROW, Date.valueOf(today), Date.valueOf(today),
                Date.valueOf(today.plusDays(rules.integer("suggestion.due-soon-days"))), deputyId, deputyId);
        return new Performance(num(m, "led"), num(m, "joint"), num(m, "motions"), num(m, "answered"), num(m, "closed"), latest);
    }

    /** Suggestions waiting for the viewer: joint signatures asked of a deputy, answers to rate (one statement, no transaction of its own). */
    public List<SuggestionRow> awaitingDeputy() {
        Long deputyId = access.asker().deputyId();
        if (deputyId == null) {
            return List.of();
        }
        LocalDate today = today();
        // two index look-ups joined, not one OR: with the OR the planner walked all suggestions newest first
        return jdbc.query(select("") + " where s.id in ((select x.id from suggestion x where x.lead_deputy_id = ? and x.status = 'ANSWERED' "
                        + "order by x.id desc limit 10) union all (select x.id from suggestion x where x.status in ('SUBMITTED', 'MOTION') "
                        + "and x.id in (select g.suggestion_id from suggestion_signer g where g.deputy_id = ? and g.confirmed_at is null))) "
                        + "order by s.id desc limit 10", ROW, Date.valueOf(today), Date.valueOf(today),
                Date.valueOf(today.plusDays(rules.integer("suggestion.due-soon-days"))), deputyId, deputyId);
    }

    // ----- SQL building -----

    /** The list's columns, then {@code more} (further columns, each starting with a comma). */
    private static String select(String more) {
        return """
                select s.id, s.registration_number, s.title, s.kind, s.category, s.status, d.name as deputy, g.name as delegation,
                       coalesce(u.short_name, u.name) as unit, s.assigned_on, s.due_on, s.key_supervised, b.theme, s.answer_category,
                       s.satisfaction, s.round, s.submitted_at, s.published,
                       s.status in ('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','REHANDLING') and s.due_on < ? as overdue,
                       s.status in ('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','REHANDLING') and s.due_on >= ? and s.due_on <= ? as due_soon
                """ + more + """

                from suggestion s
                join deputy d on d.id = s.lead_deputy_id
                join delegation g on g.id = s.delegation_id
                left join org_unit u on u.id = s.lead_unit_id
                left join suggestion_bundle b on b.id = s.bundle_id
                """;
    }

    private static final RowMapper<SuggestionRow> ROW = (rs, i) -> {
        Timestamp submitted = rs.getTimestamp(17);
        Date assigned = rs.getDate(10);
        Date due = rs.getDate(11);
        return new SuggestionRow(rs.getLong(1), rs.getString(2), rs.getString(3), SuggestionKind.valueOf(rs.getString(4)),
                SuggestionCategory.valueOf(rs.getString(5)), SuggestionStatus.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), rs.getString(9), assigned == null ? null : assigned.toLocalDate(), due == null ? null : due.toLocalDate(),
                rs.getBoolean(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16),
                submitted == null ? null : submitted.toInstant(), rs.getBoolean(18), rs.getBoolean(19), rs.getBoolean(20));
    };

    private Where where(SuggestionAccess.Scope scope, SuggestionFilter f, LocalDate today) {
        StringBuilder sql = new StringBuilder(" where ");
        List<Object> args = new ArrayList<>();
        if (scope instanceof SuggestionAccess.Scope.Everything) {
            sql.append("s.status <> 'DRAFT'");
        } else if (scope instanceof SuggestionAccess.Scope.Unit u) {
            sql.append("s.status in ").append(VISIBLE_TO_UNIT).append(" and (s.lead_unit_id = ? or s.id = any(array(")
                    .append("select c.suggestion_id from suggestion_co_unit c where c.org_unit_id = ?)))");
            args.add(u.orgUnitId());
            args.add(u.orgUnitId());
        } else if (scope instanceof SuggestionAccess.Scope.OwnDeputy d) {
            sql.append("(s.lead_deputy_id = ? or (s.status <> 'DRAFT' and s.id = any(array(")
                    .append("select g.suggestion_id from suggestion_signer g where g.deputy_id = ?))))");
            args.add(d.deputyId());
            args.add(d.deputyId());
        } else {
            sql.append("s.published");
        }
        if (f.status() != null) {
            sql.append(" and s.status = ?");
            args.add(f.status().name());
        }
        if (f.kind() != null) {
            sql.append(" and s.kind = ?");
            args.add(f.kind().name());
        }
        if (f.unitId() != null) {
            sql.append(" and s.lead_unit_id = ?");
            args.add(f.unitId());
        }
        if (f.category() != null) {
            sql.append(" and s.category = ?");
            args.add(f.category().name());
        }
        if (f.delegationId() != null) {
            sql.append(" and s.delegation_id = ?");
            args.add(f.delegationId());
        }
        if (f.keySupervised() != null) {
            sql.append(" and s.key_supervised = ?");
            args.add(f.keySupervised());
        }
        if (f.bundleId() != null) {
            sql.append(" and s.bundle_id = ?");
            args.add(f.bundleId());
        }
        if (f.overdue()) {
            sql.append(" and s.status in ").append(HANDLING).append(" and s.due_on < ?");
            args.add(Date.valueOf(today));
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (s.title ilike ? or s.registration_number = ?)");
            args.add("%" + escapeLike(f.q().trim()) + "%");
            args.add(f.q().trim());
        }
        return new Where(sql.toString(), args);
    }

    private static Object[] concat(List<Object> first, List<Object> rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static long num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String[] flagged(String ruleKey, String flag) {
        return rules.codesFlagged(ruleKey, flag).toArray(new String[0]);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
