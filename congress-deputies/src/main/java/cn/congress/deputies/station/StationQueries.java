package cn.congress.deputies.station;

import cn.congress.domain.shared.FieldCipher;
import cn.congress.deputies.station.StationRows.DayRow;
import cn.congress.deputies.station.StationRows.DeputyRef;
import cn.congress.deputies.station.StationRows.PublicStation;
import cn.congress.deputies.station.StationRows.StationFilter;
import cn.congress.deputies.station.StationRows.StationRow;
import cn.congress.deputies.station.StationRows.StationView;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read models of the station registry, the schedule and the public list. The lists count their total only when the
 * rows cannot tell it, exactly up to {@link CountedPage#EXACT_UP_TO} ({@link CountedPage}).
 */
@Service
@RequiredArgsConstructor
public class StationQueries {

    private final JdbcTemplate jdbc;
    private final StationAccess access;
    private final Clock clock;
    private final FieldCipher cipher;

    @Transactional(readOnly = true)
    public CountedPage<StationRow> list(Caller caller, StationFilter f, Pageable pageable) {
        access.requireReader(caller);
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        List<Object> rowArgs = new ArrayList<>(args);
        rowArgs.add(0, Date.valueOf(today()));
        return CountedPage.of(jdbc, "from liaison_station s" + where, args.toArray(), pageable, limit -> jdbc.query("""
                select s.id, s.kind, s.name, s.district, s.subdistrict, s.address,
                       (select count(*) from station_deputy sd where sd.station_id = s.id) as deputies,
                       (select min(d.day) from reception_day d where d.station_id = s.id and d.day >= ?) as next_day
                from liaison_station s""" + where + " order by s.district, s.subdistrict nulls first, s.kind, s.id" + limit,
                (rs, i) -> new StationRow(rs.getLong("id"), StationKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getString("district"), rs.getString("subdistrict"), rs.getString("address"), rs.getInt("deputies"),
                        rs.getObject("next_day", LocalDate.class)), rowArgs.toArray()));
    }

    private static String where(StationFilter f, List<Object> args) {
        StringBuilder w = new StringBuilder(" where true");
        if (f.district() != null && !f.district().isBlank()) {
            w.append(" and s.district = ?");
            args.add(f.district().trim());
        }
        if (f.kind() != null) {
            w.append(" and s.kind = ?");
            args.add(f.kind().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (s.name like ? or s.address like ? or s.subdistrict like ?)");
            String like = "%" + f.q().trim() + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        return w.toString();
    }

    @Transactional(readOnly = true)
    public List<String> districts() {
        return jdbc.queryForList("select distinct district from liaison_station order by district", String.class);
    }

    @Transactional(readOnly = true)
    public StationView detail(Caller caller, long id) {
        access.requireReader(caller);
        List<StationView> found = jdbc.query("""
                select s.*, u.username as manager_username from liaison_station s left join user_account u on u.id = s.manager_account_id
                where s.id = ?""", (rs, i) -> new StationView(rs.getLong("id"), rs.getLong("version"),
                StationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("district"), rs.getString("subdistrict"),
                rs.getString("address"), rs.getString("contact_name"), cipher.decrypt(rs.getString("contact_phone")), rs.getString("opening_hours"),
                rs.getBoolean("active"), rs.getString("manager_username"), deputiesOf(id), days(List.of(id), today(), 30).getOrDefault(id, List.of()),
                access.keeps(caller, id), access.keepsRegistry(caller)), id);
        if (found.isEmpty()) {
            throw new NotFoundException("联络站", id);
        }
        return found.get(0);
    }

    /** Whether the caller may register a station (the list's action; {@link StationService#create} refuses the others). */
    public boolean canRegister(Caller caller) {
        return access.keepsRegistry(caller);
    }

    /** The station a manager keeps (404 when their account has none). */
    @Transactional(readOnly = true)
    public long myStation(Caller caller) {
        access.requireReader(caller);
        return access.requireManagedStation(caller);
    }

    /** The deputies attached to a station. */
    @Transactional(readOnly = true)
    public List<DeputyRef> deputiesOf(long stationId) {
        return jdbc.query("""
                select d.id, d.name, g.name as delegation from station_deputy sd join deputy d on d.id = sd.deputy_id
                join delegation g on g.id = d.delegation_id where sd.station_id = ? order by g.sort_order, d.id""",
                (rs, i) -> new DeputyRef(rs.getLong("id"), rs.getString("name"), rs.getString("delegation")), stationId);
    }

    /** Serving deputies of the current term, as choices. */
    @Transactional(readOnly = true)
    public List<DeputyRef> allDeputies() {
        return jdbc.query("""
                select d.id, d.name, g.name as delegation from deputy d join delegation g on g.id = d.delegation_id
                join term t on t.id = d.term_id and t.current where d.status = 'SERVING' order by g.sort_order, d.id""",
                (rs, i) -> new DeputyRef(rs.getLong("id"), rs.getString("name"), rs.getString("delegation")));
    }

    /** Active stations as choices: all of them, or for a deputy those they are attached to first. */
    @Transactional(readOnly = true)
    public Map<Long, String> stationChoices(Caller caller) {
        access.requireReader(caller);
        Long managed = access.managedStation(caller);
        Map<Long, String> m = new LinkedHashMap<>();
        String sql = managed != null ? "select id, name from liaison_station where id = " + managed
                : "select id, name from liaison_station where active order by district, id";
        jdbc.query(sql, rs -> {
            m.put(rs.getLong("id"), rs.getString("name"));
        });
        return m;
    }

    /** The public list: active stations with the reception days of the next weeks. */
    @Transactional(readOnly = true)
    public CountedPage<PublicStation> publicList(String district, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        boolean byDistrict = district != null && !district.isBlank();
        if (byDistrict) {
            args.add(district.trim());
        }
        String where = " where s.active" + (byDistrict ? " and s.district = ?" : "");
        record Base(long id, StationKind kind, String name, String district, String sub, String address, String phone, String hours) {
        }
        CountedPage<Base> base = CountedPage.of(jdbc, "from liaison_station s" + where, args.toArray(), pageable, limit -> jdbc.query(
                "select * from liaison_station s" + where + " order by s.district, s.subdistrict nulls first, s.id" + limit,
                (rs, i) -> new Base(rs.getLong("id"), StationKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getString("district"), rs.getString("subdistrict"), rs.getString("address"), cipher.decrypt(rs.getString("contact_phone")),
                        rs.getString("opening_hours")), args.toArray()));
        Map<Long, List<DayRow>> days = days(base.getContent().stream().map(Base::id).toList(), today(), 3);
        return base.map(b -> new PublicStation(b.id(), b.kind(), b.name(), b.district(), b.sub(), b.address(),
                b.phone(), b.hours(), days.getOrDefault(b.id(), List.of())));
    }

    @Transactional(readOnly = true)
    public long activeCount() {
        return jdbc.queryForObject("select count(*) from liaison_station where active", Long.class);
    }

    /** Upcoming reception days (from {@code from}) of several stations in one query, at most {@code limit} each. */
    private Map<Long, List<DayRow>> days(List<Long> stationIds, LocalDate from, int limit) {
        Map<Long, List<DayRow>> m = new LinkedHashMap<>();
        if (stationIds.isEmpty()) {
            return m;
        }
        jdbc.query("""
                select * from (
                  select r.id, r.station_id, r.day, r.starts_at, r.ends_at, r.note,
                         (select string_agg(d.name, '、' order by d.id) from reception_day_deputy x join deputy d on d.id = x.deputy_id
                          where x.reception_day_id = r.id) as names,
                         row_number() over (partition by r.station_id order by r.day, r.starts_at) as n
                  from reception_day r where r.station_id = any(?) and r.day >= ?) t
                where t.n <= ? order by t.station_id, t.day, t.starts_at""", rs -> {
            m.computeIfAbsent(rs.getLong("station_id"), k -> new ArrayList<>()).add(new DayRow(rs.getLong("id"),
                    rs.getObject("day", LocalDate.class), rs.getObject("starts_at", java.time.LocalTime.class),
                    rs.getObject("ends_at", java.time.LocalTime.class), rs.getString("note"), rs.getString("names")));
        }, stationIds.toArray(Long[]::new), Date.valueOf(from), limit);
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
