package cn.congress.deputies.servicecase;

import cn.congress.domain.shared.FieldCipher;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseCount;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseFilter;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseRow;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseStats;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseView;
import cn.congress.deputies.station.PersonalData;
import cn.congress.deputies.station.ResidentSatisfaction;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Read models of the service-case list, page and counts, each limited to what the caller may see. */
@Service
@RequiredArgsConstructor
public class ServiceCaseQueries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final ServiceCaseAccess access;
    private final FieldCipher cipher;

    private static String where(ServiceCaseAccess.Who w, CaseFilter f, List<Object> args) {
        StringBuilder sb = new StringBuilder(" where ");
        if (w.staff()) {
            sb.append("true");
        } else {
            List<String> parts = new ArrayList<>();
            if (w.stationId() != null) {
                parts.add("c.station_id = ?");
                args.add(w.stationId());
            }
            if (w.deputyId() != null) {
                parts.add("c.deputy_id = ?");
                args.add(w.deputyId());
            }
            sb.append(parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")");
        }
        add(sb, args, f.type() == null ? null : f.type().name(), "c.type = ?");
        add(sb, args, f.status() == null ? null : f.status().name(), "c.status = ?");
        add(sb, args, f.outcome() == null ? null : f.outcome().name(), "c.outcome = ?");
        add(sb, args, f.stationId(), "c.station_id = ?");
        add(sb, args, f.deputyId(), "c.deputy_id = ?");
        add(sb, args, f.district() == null || f.district().isBlank() ? null : f.district().trim(),
                "c.station_id in (select id from liaison_station where district = ?)");
        if (f.year() != null) {
            sb.append(" and c.received_on >= ? and c.received_on < ?");
            args.add(Date.valueOf(LocalDate.of(f.year(), 1, 1)));
            args.add(Date.valueOf(LocalDate.of(f.year() + 1, 1, 1)));
        }
        add(sb, args, f.q() == null || f.q().isBlank() ? null : "%" + f.q().trim() + "%", "c.title like ?");
        return sb.toString();
    }

    private static void add(StringBuilder sb, List<Object> args, Object value, String clause) {
        if (value != null) {
            sb.append(" and ").append(clause);
            args.add(value);
        }
    }

    @Transactional(readOnly = true)
    public Page<CaseRow> list(Caller caller, CaseFilter f, Pageable pageable) {
        ServiceCaseAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        String where = where(w, f, args);
        // exact up to CountedPage.EXACT_UP_TO (a deputy's or a station's cases, any narrow filter), 约 beyond: see CountedPage
        return CountedPage.of(jdbc, "from service_case c" + where, args.toArray(), pageable, limit -> jdbc.query("""
                select c.id, c.type, c.title, s.name as station, s.district, d.name as deputy, c.party_name, c.received_on, c.status, c.outcome
                from service_case c join liaison_station s on s.id = c.station_id join deputy d on d.id = c.deputy_id"""
                + where + " order by c.received_on desc, c.id desc" + limit,
                (rs, i) -> new CaseRow(rs.getLong("id"), ServiceCaseType.valueOf(rs.getString("type")), rs.getString("title"),
                        rs.getString("station"), rs.getString("district"), rs.getString("deputy"), PersonalData.maskName(rs.getString("party_name")),
                        rs.getObject("received_on", LocalDate.class), CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : CaseOutcome.valueOf(rs.getString("outcome"))), args.toArray()));
    }

    @Transactional(readOnly = true)
    public CaseView detail(Caller caller, long id) {
        ServiceCaseAccess.Who w = access.who(caller);
        List<CaseView> found = jdbc.query("""
                select c.*, s.name as station, d.name as deputy, u.name as organ from service_case c
                join liaison_station s on s.id = c.station_id join deputy d on d.id = c.deputy_id left join org_unit u on u.id = c.organ_id
                where c.id = ?""", (rs, i) -> {
            long stationId = rs.getLong("station_id");
            long deputyId = rs.getLong("deputy_id");
            access.requireVisible(w, stationId, deputyId, id);
            ServiceCaseType type = ServiceCaseType.valueOf(rs.getString("type"));
            CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
            return new CaseView(id, rs.getLong("version"), type, rs.getString("title"), rs.getString("summary"), stationId,
                    rs.getString("station"), deputyId, rs.getString("deputy"), PersonalData.maskName(rs.getString("party_name")),
                    PersonalData.maskContact(cipher.decrypt(rs.getString("party_contact"))), rs.getObject("received_on", LocalDate.class),
                    (Long) rs.getObject("organ_id"), rs.getString("organ"), rs.getString("court_case_no"), status,
                    rs.getString("outcome") == null ? null : CaseOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("satisfaction") == null ? null : ResidentSatisfaction.valueOf(rs.getString("satisfaction")),
                    rs.getObject("closed_on", LocalDate.class), access.steps(w, stationId, deputyId, type, status), CaseOutcome.of(type),
                    new ArrayList<>());
        }, id);
        if (found.isEmpty()) {
            throw new NotFoundException("案件", id);
        }
        CaseView v = found.get(0);
        List<TimelineEntry> t = v.timeline();
        t.add(TimelineEntry.of(v.receivedOn().atStartOfDay(ZONE).toInstant(), "case.timeline.received", v.deputyName(), null));
        jdbc.query("select noted_on, kind, text, author from service_case_note where case_id = ? order by noted_on, id", rs -> {
            t.add(TimelineEntry.of(rs.getObject("noted_on", LocalDate.class).atStartOfDay(ZONE).toInstant(),
                    "case.timeline." + rs.getString("kind"), rs.getString("author"), rs.getString("text")));
        }, id);
        if (v.closedOn() != null) {
            t.add(TimelineEntry.of(v.closedOn().atStartOfDay(ZONE).toInstant(), v.outcome().getMessageKey(), null, null));
        }
        return v;
    }

    /** Counts per agent or mediator, per station and per district, for one type and year. */
    @Transactional(readOnly = true)
    public CaseStats stats(Caller caller, ServiceCaseType type, int year) {
        ServiceCaseAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        String where = where(w, new CaseFilter(type, null, null, null, null, year, null, null), args);
        String success = String.join("', '", CaseOutcome.of(type).stream().filter(CaseOutcome::isSuccess).map(Enum::name).toList());
        String counts = "count(*) as total, count(*) filter (where c.status = 'CLOSED') as closed, count(*) filter (where c.outcome in ('"
                + success + "')) as success";
        String from = " from service_case c join liaison_station s on s.id = c.station_id join deputy d on d.id = c.deputy_id";
        List<CaseCount> byDeputy = jdbc.query("select d.id::text as k, d.name as label, " + counts + from + where
                + " group by d.id, d.name order by total desc, d.id", (rs, i) -> count(rs), args.toArray());
        List<CaseCount> byStation = jdbc.query("select s.id::text as k, s.name as label, " + counts + from + where
                + " group by s.id, s.name order by total desc, s.id", (rs, i) -> count(rs), args.toArray());
        List<CaseCount> byDistrict = jdbc.query("select s.district as k, s.district as label, " + counts + from + where
                + " group by s.district order by total desc", (rs, i) -> count(rs), args.toArray());
        long[] totals = jdbc.queryForObject("select " + counts + from + where,
                (rs, i) -> new long[]{rs.getLong("total"), rs.getLong("closed"), rs.getLong("success")}, args.toArray());
        return new CaseStats(type, totals[0], totals[1], totals[2], byDeputy, byStation, byDistrict);
    }

    private static CaseCount count(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseCount(rs.getString("k"), rs.getString("label"), rs.getLong("total"), rs.getLong("closed"), rs.getLong("success"));
    }
}
