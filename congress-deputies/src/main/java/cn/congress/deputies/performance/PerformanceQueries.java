package cn.congress.deputies.performance;

import cn.congress.deputies.station.StationAccess;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.deputy.PerformanceContributor;
import cn.congress.domain.deputy.PerformanceContributor.Contribution;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts a deputy's year from the records (never typed in). Staff and members see every record, a deputy their own. */
@Service
@RequiredArgsConstructor
public class PerformanceQueries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final StationAccess stations;
    /** Other modules' records of what deputies took part in; none when only this module runs (its own tests). */
    private final List<PerformanceContributor> contributors;

    @Transactional(readOnly = true)
    public PerformanceRecord record(Caller caller, long deputyId, int year) {
        caller.require("查看代表履职档案", Role.STAFF, Role.MEMBER, Role.DEPUTY);
        if (!caller.isSystem() && !caller.hasAny(Role.STAFF, Role.MEMBER)) {
            Long own = stations.deputyId(caller);
            if (own == null || own != deputyId) {
                throw new NotFoundException("代表", deputyId);
            }
        }
        return count(deputyId, year);
    }

    /** The public part: the same counts, no contact or personal data; only serving deputies of the current term. */
    @Transactional(readOnly = true)
    public CountedPage<PerformanceRecord> publicList(int year, Pageable pageable) {
        String fromWhere = """
                from deputy d join term t on t.id = d.term_id and t.current join delegation g on g.id = d.delegation_id
                where d.status = 'SERVING'""";
        CountedPage<Long> ids = CountedPage.of(jdbc, fromWhere, new Object[0], pageable,
                limit -> jdbc.queryForList("select d.id " + fromWhere + " order by g.sort_order, d.id" + limit, Long.class));
        Map<Long, PerformanceRecord> records = new HashMap<>();
        counts(ids.getContent(), year).forEach(r -> records.put(r.deputyId(), r));
        return ids.map(records::get);
    }

    PerformanceRecord count(long deputyId, int year) {
        List<PerformanceRecord> r = counts(List.of(deputyId), year);
        if (r.isEmpty()) {
            throw new NotFoundException("代表", deputyId);
        }
        return r.get(0);
    }

    /** One statement for the whole page of deputies (no query per deputy). */
    private List<PerformanceRecord> counts(List<Long> ids, int year) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        Timestamp fromTs = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant());
        Timestamp toTs = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant());
        Map<Long, List<Contribution>> contributed = new HashMap<>();
        for (PerformanceContributor c : contributors) {
            c.contributions(ids, year).forEach(x -> contributed.computeIfAbsent(x.deputyId(), k -> new ArrayList<>()).add(x));
        }
        contributed.values().forEach(list -> list.sort(Comparator.comparing(Contribution::on)));
        Map<Long, Map<String, Long>> kinds = new LinkedHashMap<>();
        jdbc.query("""
                select p.deputy_id, a.kind, count(*) as n from activity_participant p join deputy_activity a on a.id = p.activity_id
                where p.deputy_id = any(?) and p.confirmed_at is not null and a.held_on >= ? and a.held_on < ?
                group by p.deputy_id, a.kind""", rs -> {
            kinds.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, ids.toArray(Long[]::new), from, to);
        return jdbc.query("""
                select d.id, d.name, g.name as delegation,
                  (select count(*) from suggestion s where s.lead_deputy_id = d.id and s.kind = 'SUGGESTION'
                      and s.status not in ('DRAFT', 'WITHDRAWN') and s.submitted_at >= ? and s.submitted_at < ?) as led,
                  (select count(*) from suggestion_signer x join suggestion s on s.id = x.suggestion_id where x.deputy_id = d.id
                      and x.confirmed_at is not null and s.status not in ('DRAFT', 'WITHDRAWN') and x.confirmed_at >= ? and x.confirmed_at < ?) as joint,
                  (select count(*) from suggestion s where s.lead_deputy_id = d.id and s.kind = 'MOTION'
                      and s.status not in ('DRAFT', 'WITHDRAWN') and s.submitted_at >= ? and s.submitted_at < ?) as motions,
                  (select coalesce(sum(a.hours), 0) from activity_participant p join deputy_activity a on a.id = p.activity_id
                      where p.deputy_id = d.id and p.confirmed_at is not null and a.kind = 'TRAINING' and a.held_on >= ? and a.held_on < ?) as hours,
                  (select count(*) from (
                      select r.day from reception_day_deputy x join reception_day r on r.id = x.reception_day_id
                      where x.deputy_id = d.id and r.day >= ? and r.day < ?
                      union
                      select a.held_on from activity_participant p join deputy_activity a on a.id = p.activity_id
                      where p.deputy_id = d.id and p.confirmed_at is not null and a.kind = 'STATION_DUTY' and a.held_on >= ? and a.held_on < ?) days) as duty,
                  (select count(*) from constituent_opinion o where o.deputy_id = d.id and o.received_on >= ? and o.received_on < ?) as receptions,
                  (select count(*) from constituent_opinion o where o.deputy_id = d.id and o.route = 'SETTLED' and o.received_on >= ? and o.received_on < ?) as settled,
                  (select count(*) from service_case c where c.deputy_id = d.id and c.type = 'PETITION_AGENCY' and c.received_on >= ? and c.received_on < ?) as petitions,
                  (select count(*) from service_case c where c.deputy_id = d.id and c.type = 'PETITION_AGENCY' and c.outcome = 'SOLVED' and c.received_on >= ? and c.received_on < ?) as solved,
                  (select count(*) from service_case c where c.deputy_id = d.id and c.type = 'PRE_LITIGATION_MEDIATION' and c.received_on >= ? and c.received_on < ?) as mediations,
                  (select count(*) from service_case c where c.deputy_id = d.id and c.type = 'PRE_LITIGATION_MEDIATION' and c.outcome = 'MEDIATED' and c.received_on >= ? and c.received_on < ?) as mediated
                from deputy d join delegation g on g.id = d.delegation_id where d.id = any(?) order by g.sort_order, d.id""",
                (rs, i) -> {
                    long id = rs.getLong("id");
                    Map<String, Long> k = kinds.getOrDefault(id, Map.of());
                    return new PerformanceRecord(id, rs.getString("name"), rs.getString("delegation"), year, rs.getLong("led"),
                            rs.getLong("joint"), rs.getLong("motions"), k.getOrDefault("SESSION", 0L), k,
                            rs.getBigDecimal("hours") == null ? BigDecimal.ZERO : rs.getBigDecimal("hours"), rs.getLong("duty"),
                            rs.getLong("receptions"), rs.getLong("settled"), rs.getLong("petitions"), rs.getLong("solved"),
                            rs.getLong("mediations"), rs.getLong("mediated"), contributed.getOrDefault(id, List.of()));
                },
                fromTs, toTs, fromTs, toTs, fromTs, toTs, from, to, from, to, from, to, from, to, from, to, from, to, from, to, from, to,
                from, to, ids.toArray(Long[]::new));
    }
}
