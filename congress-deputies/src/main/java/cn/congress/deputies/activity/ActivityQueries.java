package cn.congress.deputies.activity;

import cn.congress.deputies.activity.ActivityRows.ActivityFilter;
import cn.congress.deputies.activity.ActivityRows.ActivityRow;
import cn.congress.deputies.activity.ActivityRows.ActivityView;
import cn.congress.deputies.activity.ActivityRows.GroupChoice;
import cn.congress.deputies.activity.ActivityRows.ParticipantRow;
import cn.congress.domain.account.Role;
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
import java.util.List;

/** Read models of the activity list and page. */
@Service
@RequiredArgsConstructor
public class ActivityQueries {

    private final JdbcTemplate jdbc;
    private final ActivityAccess access;
    private final Clock clock;

    /** One page of activities; the total is counted only when the rows cannot tell it, exactly up to {@link CountedPage#EXACT_UP_TO}. */
    @Transactional(readOnly = true)
    public CountedPage<ActivityRow> list(Caller caller, ActivityFilter f, Pageable pageable) {
        ActivityAccess.Who w = access.who(caller);
        List<Object> args = new ArrayList<>();
        args.add(w.deputyId() == null ? -1L : w.deputyId());
        StringBuilder where = new StringBuilder(" where true");
        if (!w.staff()) {
            where.append(" and exists(select 1 from activity_participant p where p.activity_id = a.id and p.deputy_id = ?)");
            args.add(w.deputyId() == null ? -1L : w.deputyId());
        }
        if (f.kind() != null) {
            where.append(" and a.kind = ?");
            args.add(f.kind().name());
        }
        if (f.year() != null) {
            where.append(" and a.held_on >= ? and a.held_on < ?");
            args.add(Date.valueOf(LocalDate.of(f.year(), 1, 1)));
            args.add(Date.valueOf(LocalDate.of(f.year() + 1, 1, 1)));
        }
        if (f.deputyId() != null) {
            where.append(" and exists(select 1 from activity_participant p where p.activity_id = a.id and p.deputy_id = ?)");
            args.add(f.deputyId());
        }
        return CountedPage.of(jdbc, "from deputy_activity a" + where, args.subList(1, args.size()).toArray(), pageable, limit -> jdbc.query("""
                select a.id, a.kind, a.title, a.held_on, a.hours, a.location,
                       (select count(*) from activity_participant p where p.activity_id = a.id) as n,
                       (select count(*) from activity_participant p where p.activity_id = a.id and p.confirmed_at is not null) as c,
                       exists(select 1 from activity_participant p where p.activity_id = a.id and p.deputy_id = ? and p.confirmed_at is null) as mine
                from deputy_activity a""" + where + " order by a.held_on desc, a.id desc" + limit,
                (rs, i) -> new ActivityRow(rs.getLong("id"), ActivityKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("location"),
                        rs.getInt("n"), rs.getInt("c"), rs.getBoolean("mine")), args.toArray()));
    }

    @Transactional(readOnly = true)
    public ActivityView detail(Caller caller, long id) {
        ActivityAccess.Who w = access.who(caller);
        List<ParticipantRow> people = jdbc.query("""
                select d.id, d.name, g.name as delegation, p.confirmed_at from activity_participant p join deputy d on d.id = p.deputy_id
                join delegation g on g.id = d.delegation_id where p.activity_id = ? order by g.sort_order, d.id""",
                (rs, i) -> new ParticipantRow(rs.getLong("id"), rs.getString("name"), rs.getString("delegation"),
                        rs.getTimestamp("confirmed_at") == null ? null : rs.getTimestamp("confirmed_at").toInstant()), id);
        boolean participant = w.deputyId() != null && people.stream().anyMatch(p -> p.deputyId() == w.deputyId());
        if (!w.staff() && !participant) {
            throw new NotFoundException("活动", id);
        }
        boolean mayConfirm = participant && people.stream().anyMatch(p -> p.deputyId() == w.deputyId() && p.confirmedAt() == null);
        List<ActivityView> found = jdbc.query("""
                select a.*, g.name as group_name, s.name as station_name from deputy_activity a left join deputy_group g on g.id = a.group_id
                left join liaison_station s on s.id = a.station_id where a.id = ?""", (rs, i) -> new ActivityView(id,
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
                rs.getBigDecimal("hours"), rs.getString("location"), rs.getString("group_name"), rs.getString("station_name"), people,
                mayConfirm && !rs.getObject("held_on", LocalDate.class).isAfter(LocalDate.now(clock))), id);
        if (found.isEmpty()) {
            throw new NotFoundException("活动", id);
        }
        return found.get(0);
    }

    /** Groups the caller may record activities for: all for staff, their own groups for a deputy. */
    @Transactional(readOnly = true)
    public List<GroupChoice> groups(Caller caller) {
        if (caller.isSystem() || caller.has(Role.STAFF)) {
            return jdbc.query("select g.id, g.name from deputy_group g join term t on t.id = g.term_id and t.current order by g.kind, g.name",
                    (rs, i) -> new GroupChoice(rs.getLong(1), rs.getString(2)));
        }
        return jdbc.query("""
                select g.id, g.name from deputy_group g join deputy_group_member m on m.group_id = g.id join deputy d on d.id = m.deputy_id
                where d.user_account_id = ? order by g.kind, g.name""", (rs, i) -> new GroupChoice(rs.getLong(1), rs.getString(2)),
                caller.accountId());
    }

    /** How many activities wait for this deputy's confirmation (the dashboard card): one statement, no transaction of its own. */
    public long awaitingConfirmation(Caller caller) {
        ActivityAccess.Who w = access.who(caller);
        if (w.deputyId() == null) {
            return 0;
        }
        return jdbc.queryForObject("""
                select count(*) from activity_participant p join deputy_activity a on a.id = p.activity_id
                where p.deputy_id = ? and p.confirmed_at is null and a.held_on <= ?""", Long.class, w.deputyId(),
                Date.valueOf(LocalDate.now(clock)));
    }
}
