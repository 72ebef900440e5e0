package cn.congress.deputies.reception;

import cn.congress.domain.shared.FieldCipher;
import cn.congress.deputies.reception.OpinionRows.Analysis;
import cn.congress.deputies.reception.OpinionRows.Count;
import cn.congress.deputies.reception.OpinionRows.OpinionFilter;
import cn.congress.deputies.reception.OpinionRows.OpinionRow;
import cn.congress.deputies.reception.OpinionRows.OpinionView;
import cn.congress.deputies.reception.OpinionRows.Origin;
import cn.congress.deputies.station.PersonalData;
import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Read models of the opinion list, page and quarterly analysis, each limited to what the caller may see. */
@Service("receptionOpinionQueries")
@RequiredArgsConstructor
public class OpinionQueries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final OpinionAccess access;
    private final Rules rules;
    private final Clock clock;
    private final FieldCipher cipher;

    /** The opinion categories in force, as choices. */
    public List<CodeLabel> categories() {
        return rules.codes(OpinionService.CATEGORIES);
    }

    private Map<String, String> categoryLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        categories().forEach(c -> m.put(c.code(), c.label()));
        return m;
    }

    /** The caller's scope as SQL: staff all; otherwise the station they keep, the opinions they received, their organ's transfers. */
    private static String scope(OpinionAccess.Who w, List<Object> args) {
        if (w.staff()) {
            return " true";
        }
        List<String> parts = new ArrayList<>();
        if (w.stationId() != null) {
            parts.add("o.station_id = ?");
            args.add(w.stationId());
        }
        if (w.deputyId() != null) {
            parts.add("o.deputy_id = ?");
            args.add(w.deputyId());
        }
        if (w.orgUnitId() != null) {
            parts.add("o.transfer_org_id = ?");
            args.add(w.orgUnitId());
        }
        return parts.isEmpty() ? " false" : " (" + String.join(" or ", parts) + ")";
    }

    private String where(OpinionAccess.Who w, OpinionFilter f, List<Object> args) {
        StringBuilder sb = new StringBuilder(" where").append(scope(w, args));
        LocalDate today = today();
        add(sb, args, f.stationId(), "o.station_id = ?");
        add(sb, args, f.category() == null || f.category().isBlank() ? null : f.category(), "o.category = ?");
        add(sb, args, f.status() == null ? null : f.status().name(), "o.status = ?");
        add(sb, args, f.route() == null ? null : f.route().name(), "o.route = ?");
        add(sb, args, f.district() == null || f.district().isBlank() ? null : f.district(),
                "o.station_id in (select id from liaison_station where district = ?)");
        if (f.year() != null) {
            LocalDate from = f.quarter() == null ? LocalDate.of(f.year(), 1, 1) : LocalDate.of(f.year(), (f.quarter() - 1) * 3 + 1, 1);
            LocalDate to = f.quarter() == null ? from.plusYears(1) : from.plusMonths(3);
            sb.append(" and o.received_on >= ? and o.received_on < ?");
            args.add(Date.valueOf(from));
            args.add(Date.valueOf(to));
        }
        if (f.answeredOnly()) {
            sb.append(" and o.answered_on is not null");
        }
        if (f.overdueOnly()) {
            sb.append(" and o.status = 'TRANSFERRED' and o.transfer_due < ?");
            args.add(Date.valueOf(today));
        }
        return sb.toString();
    }

    private static void add(StringBuilder sb, List<Object> args, Object value, String clause) {
        if (value != null) {
            sb.append(" and ").append(clause);
            args.add(value);
        }
    }

    @Transactional(readOnly = true)
    public Page<OpinionRow> list(Caller caller, OpinionFilter f, Pageable pageable) {
        OpinionAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        String where = where(w, f, args);
        // exact up to CountedPage.EXACT_UP_TO (every station's, deputy's and organ's list), 约 beyond: see CountedPage
        return CountedPage.of(jdbc, "from constituent_opinion o" + where, args.toArray(), pageable, limit -> {
            List<OpinionRow> rows = new ArrayList<>();
            forEachRow(where + " order by o.received_on desc, o.id desc" + limit, args, rows::add);
            return rows;
        });
    }

    /** Every row the filter selects, for the export (the caller's scope still applies). */
    @Transactional(readOnly = true)
    public List<OpinionRow> export(Caller caller, OpinionFilter f) {
        OpinionAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        String where = where(w, f, args);
        List<OpinionRow> rows = new ArrayList<>();
        forEachRow(where + " order by o.received_on desc, o.id desc limit 100000", args, rows::add);
        return rows;
    }

    private void forEachRow(String tail, List<Object> args, Consumer<OpinionRow> sink) {
        Map<String, String> labels = categoryLabels();
        LocalDate today = today();
        jdbc.query("""
                select o.id, o.received_on, s.name as station, d.name as deputy, o.resident_name, o.category, o.content, o.status,
                       o.route, u.name as organ, o.transfer_due
                from constituent_opinion o join liaison_station s on s.id = o.station_id join deputy d on d.id = o.deputy_id
                left join org_unit u on u.id = o.transfer_org_id""" + tail, rs -> {
            sink.accept(row(rs, labels, today));
        }, args.toArray());
    }

    private static OpinionRow row(ResultSet rs, Map<String, String> labels, LocalDate today) throws SQLException {
        String content = rs.getString("content");
        OpinionStatus status = OpinionStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("transfer_due", LocalDate.class);
        return new OpinionRow(rs.getLong("id"), rs.getObject("received_on", LocalDate.class), rs.getString("station"),
                rs.getString("deputy"), PersonalData.maskName(rs.getString("resident_name")),
                labels.getOrDefault(rs.getString("category"), rs.getString("category")),
                content.length() > 60 ? content.substring(0, 60) + "…" : content, status,
                rs.getString("route") == null ? null : OpinionRoute.valueOf(rs.getString("route")), rs.getString("organ"), due,
                status == OpinionStatus.TRANSFERRED && due != null && due.isBefore(today));
    }

    @Transactional(readOnly = true)
    public OpinionView detail(Caller caller, long id) {
        OpinionAccess.Who w = access.who(caller);
        Map<String, String> labels = categoryLabels();
        List<OpinionView> found = jdbc.query("""
                select o.*, s.name as station, d.name as deputy, u.name as organ, g.title as suggestion_title, g.status as suggestion_status
                from constituent_opinion o join liaison_station s on s.id = o.station_id join deputy d on d.id = o.deputy_id
                left join org_unit u on u.id = o.transfer_org_id left join suggestion g on g.id = o.suggestion_id
                where o.id = ?""", (rs, i) -> {
            Long org = (Long) rs.getObject("transfer_org_id");
            OpinionAccess.Scope s = new OpinionAccess.Scope(rs.getLong("station_id"), rs.getLong("deputy_id"), org);
            access.requireVisible(w, s, id);
            OpinionStatus status = OpinionStatus.valueOf(rs.getString("status"));
            LocalDate due = rs.getObject("transfer_due", LocalDate.class);
            return new OpinionView(id, rs.getLong("version"), s.stationId(), rs.getString("station"), s.deputyId(), rs.getString("deputy"),
                    rs.getObject("received_on", LocalDate.class), PersonalData.maskName(rs.getString("resident_name")),
                    PersonalData.maskContact(cipher.decrypt(rs.getString("resident_contact"))), rs.getString("content"), rs.getString("category"),
                    labels.getOrDefault(rs.getString("category"), rs.getString("category")), status,
                    rs.getString("route") == null ? null : OpinionRoute.valueOf(rs.getString("route")), rs.getString("settlement"),
                    org, rs.getString("organ"), rs.getObject("transferred_on", LocalDate.class), due,
                    status == OpinionStatus.TRANSFERRED && due != null && due.isBefore(today()), rs.getString("answer"),
                    rs.getObject("answered_on", LocalDate.class), (Long) rs.getObject("suggestion_id"), rs.getString("suggestion_title"),
                    rs.getString("suggestion_status") == null ? null : "enum.SuggestionStatus." + rs.getString("suggestion_status"),
                    rs.getString("feedback_satisfaction") == null ? null : ResidentSatisfaction.valueOf(rs.getString("feedback_satisfaction")),
                    rs.getString("feedback_note"), rs.getObject("feedback_on", LocalDate.class), access.steps(w, s, status),
                    access.handles(w, s), timeline(rs));
        }, id);
        if (found.isEmpty()) {
            throw new NotFoundException("群众意见", id);
        }
        return found.get(0);
    }

    /** The opinion's history, read from its own dated columns. */
    private List<TimelineEntry> timeline(ResultSet rs) throws SQLException {
        List<TimelineEntry> t = new ArrayList<>();
        add(t, rs.getObject("received_on", LocalDate.class), "opinion.timeline.received", rs.getString("deputy"), null, null);
        LocalDate settledOn = rs.getString("settlement") == null ? null : rs.getObject("received_on", LocalDate.class);
        add(t, settledOn, "enum.OpinionStep.SETTLE", null, rs.getString("settlement"), null);
        add(t, rs.getObject("transferred_on", LocalDate.class), "enum.OpinionStep.TRANSFER", null, rs.getString("organ"), null);
        add(t, rs.getObject("answered_on", LocalDate.class), "enum.OpinionStep.ANSWER", rs.getString("answered_by"), rs.getString("answer"), null);
        Long sid = (Long) rs.getObject("suggestion_id");
        add(t, rs.getObject("suggested_on", LocalDate.class), "enum.OpinionStep.SUGGEST", null, rs.getString("suggestion_title"),
                sid == null ? null : "/suggestions/" + sid);
        add(t, rs.getObject("feedback_on", LocalDate.class), "enum.OpinionStep.FEEDBACK", null, rs.getString("feedback_note"), null);
        t.sort(Comparator.comparing(TimelineEntry::at));
        return t;
    }

    private static void add(List<TimelineEntry> t, LocalDate on, String key, String actor, String remark, String href) {
        if (on != null) {
            t.add(new TimelineEntry(on.atStartOfDay(ZONE).toInstant(), key, actor, remark, href, href == null ? null : "查看建议"));
        }
    }

    /** What waits for the caller: opinions not yet routed, transfers not yet answered, and of those the overdue. */
    public record Pending(long received, long awaitingAnswer, long overdue) {
    }

    /** The caller's {@link Pending} figures: one statement, so no transaction of its own (a dashboard card). */
    public Pending pending(Caller caller) {
        OpinionAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(today()));
        String scope = scope(w, args);
        return jdbc.queryForObject("""
                select count(*) filter (where o.status = 'RECEIVED') as received,
                       count(*) filter (where o.status = 'TRANSFERRED') as awaiting,
                       count(*) filter (where o.status = 'TRANSFERRED' and o.transfer_due < ?) as overdue
                from constituent_opinion o where o.status in ('RECEIVED', 'TRANSFERRED') and""" + scope,
                (rs, i) -> new Pending(rs.getLong("received"), rs.getLong("awaiting"), rs.getLong("overdue")), args.toArray());
    }

    /** The opinion a suggestion was drafted from, if any and if the caller may see it. */
    @Transactional(readOnly = true)
    public Origin originOf(Caller caller, long suggestionId) {
        OpinionAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        String scope = scope(w, args);
        args.add(suggestionId);
        List<Origin> found = jdbc.query("select o.id, s.name, o.received_on from constituent_opinion o join liaison_station s on s.id = o.station_id where"
                + scope + " and o.suggestion_id = ?", (rs, i) -> new Origin(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                args.toArray());
        return found.isEmpty() ? null : found.get(0);
    }

    /** The quarterly analysis over what the caller may see. */
    @Transactional(readOnly = true)
    public Analysis analysis(Caller caller, int year, int quarter, String district) {
        OpinionAccess.Who w = access.who(caller);
        OpinionFilter f = new OpinionFilter(null, null, null, null, year, quarter, false, district, false);
        List<Object> args = new ArrayList<>();
        String where = where(w, f, args);
        args.add(0, Date.valueOf(today()));
        String counts = """
                count(*) as total,
                count(*) filter (where o.route = 'SETTLED') as settled,
                count(*) filter (where o.route = 'TRANSFERRED') as transferred,
                count(*) filter (where o.route = 'SUGGESTION') as suggested,
                count(*) filter (where o.answered_on is not null) as answered,
                count(*) filter (where o.status = 'TRANSFERRED' and o.transfer_due < ?) as overdue""";
        Map<String, String> labels = categoryLabels();
        // One pass over the quarter's opinions for all four tables (grouping sets), not one scan each: the quarter of a
        // large city holds tens of thousands of opinions and this page is read for its exact numbers.
        List<Count> byStation = new ArrayList<>();
        List<Count> byCategory = new ArrayList<>();
        List<Count> byDistrict = new ArrayList<>();
        long[] totals = new long[7];
        jdbc.query("select grouping(s.id) as gs, grouping(o.category) as gc, grouping(s.district) as gd, s.id as station_id, s.name, "
                + "o.category, s.district, " + counts + ", count(*) filter (where o.status = 'CLOSED') as closed"
                + " from constituent_opinion o join liaison_station s on s.id = o.station_id" + where
                + " group by grouping sets ((s.id, s.name), (o.category), (s.district), ())", rs -> {
            if (rs.getInt("gs") == 0) {
                byStation.add(count(rs, Long.toString(rs.getLong("station_id")), rs.getString("name")));
            } else if (rs.getInt("gc") == 0) {
                byCategory.add(count(rs, rs.getString("category"), labels.getOrDefault(rs.getString("category"), rs.getString("category"))));
            } else if (rs.getInt("gd") == 0) {
                byDistrict.add(count(rs, rs.getString("district"), rs.getString("district")));
            } else {
                long[] t = {rs.getLong("total"), rs.getLong("settled"), rs.getLong("transferred"), rs.getLong("answered"),
                        rs.getLong("suggested"), rs.getLong("closed"), rs.getLong("overdue")};
                System.arraycopy(t, 0, totals, 0, t.length);
            }
        }, args.toArray());
        byStation.sort(Comparator.comparingLong(Count::total).reversed().thenComparing(c -> Long.parseLong(c.key())));
        byCategory.sort(Comparator.comparingLong(Count::total).reversed().thenComparing(Count::key, Comparator.nullsLast(Comparator.naturalOrder())));
        byDistrict.sort(Comparator.comparingLong(Count::total).reversed().thenComparing(Count::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Analysis(year, quarter, totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6],
                byStation, byCategory, byDistrict);
    }

    private static Count count(ResultSet rs, String key, String label) throws SQLException {
        return new Count(key, label, rs.getLong("total"), rs.getLong("settled"), rs.getLong("transferred"),
                rs.getLong("suggested"), rs.getLong("answered"), rs.getLong("overdue"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
