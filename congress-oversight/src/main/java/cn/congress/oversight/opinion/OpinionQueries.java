package cn.congress.oversight.opinion;

import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.SourceVersions;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.history.OversightHistory;
import cn.congress.oversight.opinion.OpinionViews.Dashboard;
import cn.congress.oversight.opinion.OpinionViews.OpinionView;
import cn.congress.oversight.opinion.OpinionViews.OrganLoad;
import cn.congress.oversight.opinion.OpinionViews.ProblemFilter;
import cn.congress.oversight.opinion.OpinionViews.ProblemRow;
import cn.congress.oversight.opinion.OpinionViews.ProblemView;
import cn.congress.oversight.opinion.OpinionViews.PublicOpinion;
import cn.congress.oversight.opinion.OpinionViews.ReportRound;
import cn.congress.oversight.opinion.OpinionViews.UnitSummary;
import cn.congress.oversight.plan.TopicStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of opinions and problem items: lists scoped to the caller (a unit sees its own organ's items only),
 * the opinion and item pages, the staff dashboard and the public releases. A list page runs two statements (rows
 * and a count bounded by {@link CountedPage}, plus the planner's estimate past it), the dashboard five, whatever the
 * number of items.
 */
@Service
public class OpinionQueries {

    public static final int EXPORT_LIMIT = 100_000;
    private static final String OPEN = "('ASSIGNED', 'RECTIFYING', 'REPORTED', 'LONG_TERM')";
    private static final String OVERDUE = "p.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ?";

    private final JdbcTemplate jdbc;
    private final Rules rules;
    private final AttachmentService attachments;
    private final OversightHistory history;
    private final Clock clock;
    /** The staff dashboard's card, five statements on every view: kept per year and day while no item changed ('oversight' area). */
    private final SourceVersions.Kept<DashboardKey, Dashboard> keptDashboards;

    private record DashboardKey(int year, LocalDate today) {
    }

    public OpinionQueries(JdbcTemplate jdbc, Rules rules, AttachmentService attachments, OversightHistory history, Clock clock,
                          SourceVersions sourceVersions) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.attachments = attachments;
        this.history = history;
        this.clock = clock;
        this.keptDashboards = sourceVersions.keep("oversight", 20);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static final String ROW_SELECT = """
            select p.id, p.opinion_id, op.document_no, t.id, t.title, p.seq, p.description, o.name, p.deadline, p.status,
                   p.closed_on, p.source,
                   (p.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ?),
                   (p.status in ('ASSIGNED', 'RECTIFYING') and p.deadline >= ? and p.deadline <= ?)
            from oversight_problem p join oversight_opinion op on op.id = p.opinion_id
            join oversight_topic t on t.id = op.topic_id join org_unit o on o.id = p.organ_id
            """;

    private static final RowMapper<ProblemRow> ROW = (rs, i) -> new ProblemRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(),
            ProblemStatus.valueOf(rs.getString(10)), rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
            ProblemSource.valueOf(rs.getString(12)), rs.getBoolean(13), rs.getBoolean(14));

    private List<Object> flagArgs(LocalDate today) {
        return new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today),
                Date.valueOf(today.plusDays(rules.integer("oversight.problem-due-soon-days")))));
    }

    private Where where(Caller caller, ProblemFilter f, LocalDate today) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (!OpinionAccess.seesAll(caller)) {
            sql.append(" and p.organ_id = ?");
            args.add(caller.orgUnitId() == null ? -1L : caller.orgUnitId());
        }
        if (f.status() != null) {
            sql.append(" and p.status = ?");
            args.add(f.status().name());
        }
        if (f.organId() != null) {
            sql.append(" and p.organ_id = ?");
            args.add(f.organId());
        }
        if (f.opinionId() != null) {
            sql.append(" and p.opinion_id = ?");
            args.add(f.opinionId());
        }
        if (f.year() != null) {
            sql.append(" and t.plan_id in (select id from oversight_plan where year = ?)");
            args.add(f.year());
        }
        if (f.overdue()) {
            sql.append(" and ").append(OVERDUE);
            args.add(Date.valueOf(today));
        }
        if (f.q() != null && !f.q().isBlank()) {
            // each side as its own indexed lookup (trigram indexes): an OR across the joined tables would test every item
            sql.append(" and p.id in (select x.id from oversight_problem x where x.description ilike ? union all"
                    + " select x.id from oversight_problem x join oversight_opinion xo on xo.id = x.opinion_id"
                    + " join oversight_topic xt on xt.id = xo.topic_id where xt.title ilike ?)");
            String like = "%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        return new Where(sql.toString(), args);
    }

    @Transactional(readOnly = true)
    public Page<ProblemRow> problems(ProblemFilter filter, Pageable pageable) {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        LocalDate today = LocalDate.now(clock);
        Where where = where(caller, filter, today);
        List<Object> args = flagArgs(today);
        args.addAll(where.args());
        // exact up to CountedPage.EXACT_UP_TO (a unit's items, an opinion's, any narrow filter), 约 beyond: see CountedPage
        return CountedPage.of(jdbc, """
                from oversight_problem p join oversight_opinion op on op.id = p.opinion_id
                join oversight_topic t on t.id = op.topic_id""" + where.sql(), where.args().toArray(), pageable,
                limit -> jdbc.query(ROW_SELECT + where.sql() + " order by p.id desc" + limit, ROW, args.toArray()));
    }

    @Transactional(readOnly = true)
    public List<ProblemRow> export(ProblemFilter filter) {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        LocalDate today = LocalDate.now(clock);
        Where where = where(caller, filter, today);
        List<Object> args = flagArgs(today);
        args.addAll(where.args());
        args.add(EXPORT_LIMIT);
        return jdbc.query(ROW_SELECT + where.sql() + " order by p.id desc limit ?", ROW, args.toArray());
    }

    /** Review opinions, filtered by plan year, status and whether a satisfaction vote was held. */
    @Transactional(readOnly = true)
    public Page<OpinionViews.OpinionRow> opinions(Integer year, OpinionStatus status, boolean evaluatedOnly, Pageable pageable) {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (!OpinionAccess.seesAll(caller)) {
            where.append(" and (op.organ_id = ? or exists (select 1 from oversight_problem x where x.opinion_id = op.id and x.organ_id = ?))");
            long organ = caller.orgUnitId() == null ? -1L : caller.orgUnitId();
            args.add(organ);
            args.add(organ);
        }
        if (year != null) {
            where.append(" and t.plan_id in (select id from oversight_plan where year = ?)");
            args.add(year);
        }
        if (status != null) {
            where.append(" and op.status = ?");
            args.add(status.name());
        }
        if (evaluatedOnly) {
            where.append(" and exists (select 1 from oversight_handling_report e where e.opinion_id = op.id and e.passed is not null)");
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<OpinionViews.OpinionRow> rows = jdbc.query("""
                select op.id, op.document_no, op.title, t.id, t.title, o.name, op.issued_on, op.status, op.round, op.released,
                       r.due_on, r.submitted_at,
                       (select e.passed from oversight_handling_report e where e.opinion_id = op.id and e.passed is not null
                        order by e.round desc limit 1),
                       (select count(*) from oversight_problem x where x.opinion_id = op.id
                        and x.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED', 'LONG_TERM')),
                       (select count(*) from oversight_problem x where x.opinion_id = op.id)
                from oversight_opinion op join oversight_topic t on t.id = op.topic_id join org_unit o on o.id = op.organ_id
                left join oversight_handling_report r on r.opinion_id = op.id and r.round = op.round""" + where
                + " order by op.issued_on desc, op.id desc limit ? offset ?", (rs, i) -> {
            LocalDate due = rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate();
            return new OpinionViews.OpinionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                    rs.getString(6), rs.getDate(7).toLocalDate(), OpinionStatus.valueOf(rs.getString(8)), rs.getInt(9), rs.getBoolean(10),
                    due, due != null && rs.getTimestamp(12) == null && due.isBefore(today), (Boolean) rs.getObject(13), rs.getLong(14),
                    rs.getLong(15));
        }, pageArgs.toArray());
        Long total = jdbc.queryForObject("select count(*) from oversight_opinion op join oversight_topic t on t.id = op.topic_id" + where,
                Long.class, args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    // ----- the opinion page -----

    @Transactional(readOnly = true)
    public OpinionView opinion(long opinionId) {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        record Head(long id, long topicId, String topicTitle, String no, String title, String content, ReportKind kind, long organId,
                    String organName, LocalDate issuedOn, OpinionStatus status, int round, boolean released, Long followUpOpinionId) {
        }
        List<Head> found = jdbc.query("""
                select op.id, op.topic_id, t.title, op.document_no, op.title, op.content, op.report_kind, op.organ_id, o.name,
                       op.issued_on, op.status, op.round, op.released,
                       (select fo.id from oversight_topic ft join oversight_opinion fo on fo.topic_id = ft.id
                        where ft.follow_up_of_id = t.id order by fo.id limit 1)
                from oversight_opinion op join oversight_topic t on t.id = op.topic_id join org_unit o on o.id = op.organ_id
                where op.id = ?
                """, (rs, i) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), ReportKind.valueOf(rs.getString(7)), rs.getLong(8), rs.getString(9), rs.getDate(10).toLocalDate(),
                OpinionStatus.valueOf(rs.getString(11)), rs.getInt(12), rs.getBoolean(13), (Long) rs.getObject(14)), opinionId);
        if (found.isEmpty()) {
            throw new NotFoundException("审议意见", opinionId);
        }
        Head h = found.get(0);
        LocalDate today = LocalDate.now(clock);
        Where where = where(caller, new ProblemFilter(null, null, null, opinionId, false, null), today);
        List<Object> args = flagArgs(today);
        args.addAll(where.args());
        List<ProblemRow> items = jdbc.query(ROW_SELECT + where.sql() + " order by p.seq", ROW, args.toArray());
        if (!OpinionAccess.seesAll(caller) && !OpinionAccess.isOrgan(caller, h.organId()) && items.isEmpty()) {
            throw new NotFoundException("审议意见", opinionId);
        }
        List<ReportRound> rounds = rounds(opinionId, today, false);
        boolean toRelease = rounds.stream().anyMatch(r -> r.submittedAt() != null && !r.released());
        return new OpinionView(h.id(), h.topicId(), h.topicTitle(), h.no(), h.title(), h.content(), h.kind(), h.organId(), h.organName(),
                h.issuedOn(), h.status(), h.round(), h.released(), h.followUpOpinionId(), rounds, items,
                OpinionAccess.opinionSteps(caller, new OpinionAccess.ReviewOpinionState(h.status(), h.organId(), h.released(), toRelease)));
    }

    /** The id of a topic's opinion, if it has one. */
    @Transactional(readOnly = true)
    public Long opinionOfTopic(long topicId) {
        List<Long> ids = jdbc.queryForList("select id from oversight_opinion where topic_id = ?", Long.class, topicId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private List<ReportRound> rounds(long opinionId, LocalDate today, boolean releasedOnly) {
        return jdbc.query("""
                select id, round, due_on, content, submitted_at, submitted_by, session_id, session_title, vote_id, satisfied,
                       basically, dissatisfied, present, passed, released
                from oversight_handling_report where opinion_id = ?""" + (releasedOnly ? " and released" : "") + " order by round",
                (rs, i) -> round(rs, today), opinionId);
    }

    private static ReportRound round(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getDate(3).toLocalDate();
        boolean submitted = rs.getTimestamp(5) != null;
        return new ReportRound(rs.getLong(1), rs.getInt(2), due, rs.getString(4), submitted ? rs.getTimestamp(5).toInstant() : null,
                rs.getString(6), (Long) rs.getObject(7), rs.getString(8), (Long) rs.getObject(9), (Integer) rs.getObject(10),
                (Integer) rs.getObject(11), (Integer) rs.getObject(12), (Integer) rs.getObject(13), (Boolean) rs.getObject(14),
                rs.getBoolean(15), !submitted && due.isBefore(today));
    }

    // ----- the problem page -----

    @Transactional(readOnly = true)
    public ProblemView problem(long problemId) {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        LocalDate today = LocalDate.now(clock);
        List<ProblemView> found = jdbc.query("""
                select p.id, p.opinion_id, op.document_no, op.title, t.id, t.title, p.seq, p.description, p.organ_id, o.name,
                       p.measures_required, p.deadline, p.status, p.source, p.source_ref, p.measures_taken, p.progress,
                       p.return_reason, p.submitted_at, p.closed_on, p.carried_from_id, p.version
                from oversight_problem p join oversight_opinion op on op.id = p.opinion_id
                join oversight_topic t on t.id = op.topic_id join org_unit o on o.id = p.organ_id where p.id = ?
                """, (rs, i) -> {
            ProblemStatus status = ProblemStatus.valueOf(rs.getString(13));
            LocalDate deadline = rs.getDate(12).toLocalDate();
            long organId = rs.getLong(9);
            return new ProblemView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                    rs.getInt(7), rs.getString(8), organId, rs.getString(10), rs.getString(11), deadline, status,
                    ProblemSource.valueOf(rs.getString(14)), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                    rs.getTimestamp(19) == null ? null : rs.getTimestamp(19).toInstant(),
                    rs.getDate(20) == null ? null : rs.getDate(20).toLocalDate(), (Long) rs.getObject(21), rs.getLong(22),
                    status.open() && status != ProblemStatus.LONG_TERM && deadline.isBefore(today),
                    OpinionAccess.problemSteps(caller, status, organId), List.of(), List.of());
        }, problemId);
        if (found.isEmpty() || !(OpinionAccess.seesAll(caller) || OpinionAccess.isOrgan(caller, found.get(0).organId()))) {
            throw new NotFoundException("问题", problemId);
        }
        ProblemView v = found.get(0);
        // The history runs through every item this one continues (回头看 keeps the earlier years' steps).
        List<Long> chain = jdbc.queryForList("""
                with recursive chain(id, carried_from_id) as (
                    select id, carried_from_id from oversight_problem where id = ?
                    union all select p.id, p.carried_from_id from oversight_problem p join chain c on p.id = c.carried_from_id)
                select id from chain""", Long.class, problemId);
        return new ProblemView(v.id(), v.opinionId(), v.documentNo(), v.opinionTitle(), v.topicId(), v.topicTitle(), v.seq(),
                v.description(), v.organId(), v.organName(), v.measuresRequired(), v.deadline(), v.status(), v.source(), v.sourceRef(),
                v.measuresTaken(), v.progress(), v.returnReason(), v.submittedAt(), v.closedOn(), v.carriedFromId(), v.version(),
                v.overdue(), v.actions(), attachments.list(ProblemService.EVIDENCE_OWNER, problemId), history.ofProblems(chain));
    }

    // ----- dashboards -----

    @Transactional(readOnly = true)
    public Dashboard dashboard(int year) {
        Caller caller = Caller.current();
        OpinionAccess.requireStaff(caller);
        LocalDate today = LocalDate.now(clock);
        return keptDashboards.get(new DashboardKey(year, today), () -> dashboard(year, today));
    }

    private Dashboard dashboard(int year, LocalDate today) {
        Map<TopicStatus, Long> topics = new EnumMap<>(TopicStatus.class);
        for (TopicStatus s : TopicStatus.values()) {
            topics.put(s, 0L);
        }
        jdbc.query("""
                select t.status, count(*) from oversight_topic t join oversight_plan p on p.id = t.plan_id
                where p.year = ? group by t.status""", rs -> {
            topics.put(TopicStatus.valueOf(rs.getString(1)), rs.getLong(2));
        }, year);
        Map<ProblemStatus, Long> problems = new EnumMap<>(ProblemStatus.class);
        for (ProblemStatus s : ProblemStatus.values()) {
            problems.put(s, 0L);
        }
        Map<String, Long> ages = new LinkedHashMap<>();
        long[] totals = new long[4];
        String yearScope = " from oversight_problem p join oversight_opinion op on op.id = p.opinion_id "
                + "join oversight_topic t on t.id = op.topic_id join oversight_plan pl on pl.id = t.plan_id where pl.year = ?";
        jdbc.query("select p.status, count(*), count(*) filter (where p.closed_on <= p.deadline), "
                + "count(*) filter (where " + OVERDUE + ")" + yearScope + " group by p.status", rs -> {
            ProblemStatus s = ProblemStatus.valueOf(rs.getString(1));
            problems.put(s, rs.getLong(2));
            totals[0] += rs.getLong(2);
            if (s == ProblemStatus.CLOSED) {
                totals[1] += rs.getLong(2);
                totals[2] += rs.getLong(3);
            }
            totals[3] += rs.getLong(4);
        }, Date.valueOf(today), year);
        jdbc.query("select case when op.issued_on >= ? then '3个月以内' when op.issued_on >= ? then '3至6个月' "
                + "when op.issued_on >= ? then '6至12个月' else '12个月以上' end as age, count(*)" + yearScope
                + " and p.status in " + OPEN + " group by age", rs -> {
            ages.put(rs.getString(1), rs.getLong(2));
        }, Date.valueOf(today.minusMonths(3)), Date.valueOf(today.minusMonths(6)), Date.valueOf(today.minusMonths(12)), year);
        Map<String, Long> orderedAges = new LinkedHashMap<>();
        for (String k : List.of("3个月以内", "3至6个月", "6至12个月", "12个月以上")) {
            orderedAges.put(k, ages.getOrDefault(k, 0L));
        }
        List<OrganLoad> organs = jdbc.query("select p.organ_id, o.name, count(*) filter (where p.status in " + OPEN + "), "
                + "count(*) filter (where " + OVERDUE + "), count(*) filter (where p.status = 'CLOSED')" + yearScope.replace(
                "join oversight_plan pl", "join org_unit o on o.id = p.organ_id join oversight_plan pl")
                + " group by p.organ_id, o.name order by 4 desc, 3 desc, o.name limit 10",
                (rs, i) -> new OrganLoad(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                Date.valueOf(today), year);
        return new Dashboard(year, topics, problems, orderedAges, totals[1], totals[2], totals[0], totals[3], organs);
    }

    /** The calling unit's own open items, for its dashboard card. */
    @Transactional(readOnly = true)
    public UnitSummary unitSummary() {
        Caller caller = Caller.current();
        OpinionAccess.requireReader(caller);
        long organ = caller.orgUnitId() == null ? -1L : caller.orgUnitId();
        LocalDate today = LocalDate.now(clock);
        int soon = rules.integer("oversight.problem-due-soon-days");
        long[] c = new long[4];
        jdbc.query("""
                select count(*) filter (where p.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED', 'LONG_TERM')),
                       count(*) filter (where p.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ?),
                       count(*) filter (where p.status in ('ASSIGNED', 'RECTIFYING') and p.deadline >= ? and p.deadline <= ?),
                       count(*) filter (where p.status = 'REPORTED')
                from oversight_problem p where p.organ_id = ?""", rs -> {
            for (int i = 0; i < 4; i++) {
                c[i] = rs.getLong(i + 1);
            }
        }, Date.valueOf(today), Date.valueOf(today), Date.valueOf(today.plusDays(soon)), organ);
        List<Object> args = flagArgs(today);
        args.add(organ);
        List<ProblemRow> next = jdbc.query(ROW_SELECT + " where p.organ_id = ? and p.status in ('ASSIGNED', 'RECTIFYING') "
                + "order by p.deadline, p.id limit 5", ROW, args.toArray());
        return new UnitSummary(c[0], c[1], c[2], c[3], next);
    }

    // ----- public -----

    /** Released opinions with their released reports and satisfaction results; problem items stay internal. */
    @Transactional(readOnly = true)
    public List<PublicOpinion> released() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ReportRound>> reports = new LinkedHashMap<>();
        jdbc.query("""
                select r.opinion_id, r.id, r.round, r.due_on, r.content, r.submitted_at, r.submitted_by, r.session_id, r.session_title,
                       r.vote_id, r.satisfied, r.basically, r.dissatisfied, r.present, r.passed, r.released
                from oversight_handling_report r join oversight_opinion op on op.id = r.opinion_id
                where op.released and r.released order by r.opinion_id, r.round""", rs -> {
            reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(shifted(rs, today));
        });
        return jdbc.query("""
                select op.id, op.document_no, op.title, op.content, o.name, op.issued_on, t.title
                from oversight_opinion op join org_unit o on o.id = op.organ_id join oversight_topic t on t.id = op.topic_id
                where op.released order by op.issued_on desc, op.id desc""",
                (rs, i) -> new PublicOpinion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate(), rs.getString(7), reports.getOrDefault(rs.getLong(1), List.of())));
    }

    private static ReportRound shifted(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getDate(4).toLocalDate();
        return new ReportRound(rs.getLong(2), rs.getInt(3), due, rs.getString(5),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7), (Long) rs.getObject(8),
                rs.getString(9), (Long) rs.getObject(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12),
                (Integer) rs.getObject(13), (Integer) rs.getObject(14), (Boolean) rs.getObject(15), rs.getBoolean(16), false);
    }
}
