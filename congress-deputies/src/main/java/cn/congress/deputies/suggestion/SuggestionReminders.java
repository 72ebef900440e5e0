package cn.congress.deputies.suggestion;

import cn.congress.domain.notification.Reminder;
import cn.congress.domain.notification.ReminderSource;
import cn.congress.domain.rules.Rules;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily reminders about answer deadlines: each handling unit's users hear of their suggestions due within
 * {@code suggestion.due-soon-days} and of those overdue; the staff member who assigned them hears of the overdue ones.
 * One notification per unit and day, so a unit with many suggestions is not flooded.
 */
@Component
@RequiredArgsConstructor
public class SuggestionReminders implements ReminderSource {

    private final JdbcTemplate jdbc;
    private final Rules rules;

    @Override
    public String name() {
        return "代表建议办理期限";
    }

    private record Due(long unitId, Long staffId, boolean overdue) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        int soonDays = rules.integer("suggestion.due-soon-days");
        List<Due> due = jdbc.query("""
                select lead_unit_id, assigned_by_account, due_on < ? from suggestion
                where status in ('ASSIGNED','RETURN_REQUESTED','IN_PROGRESS','REHANDLING') and due_on <= ?
                """, (rs, i) -> new Due(rs.getLong(1), (Long) rs.getObject(2), rs.getBoolean(3)),
                Date.valueOf(today), Date.valueOf(today.plusDays(soonDays)));
        Map<Long, long[]> byUnit = new LinkedHashMap<>();
        Map<Long, Long> overdueByStaff = new LinkedHashMap<>();
        for (Due d : due) {
            long[] counts = byUnit.computeIfAbsent(d.unitId(), k -> new long[2]);
            counts[d.overdue() ? 1 : 0]++;
            if (d.overdue() && d.staffId() != null) {
                overdueByStaff.merge(d.staffId(), 1L, Long::sum);
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        if (!byUnit.isEmpty()) {
            Map<Long, List<Long>> usersByUnit = new LinkedHashMap<>();
            jdbc.query("""
                    select u.org_unit_id, u.id from user_account u join user_role r on r.user_id = u.id and r.role = 'UNIT'
                    where u.enabled and u.org_unit_id = any(?)
                    """, rs -> {
                usersByUnit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }, (Object) byUnit.keySet().toArray(new Long[0]));
            byUnit.forEach((unitId, counts) -> {
                List<Long> users = usersByUnit.getOrDefault(unitId, List.of());
                if (!users.isEmpty()) {
                    reminders.add(new Reminder(users, "代表建议办理提醒：" + counts[1] + " 件已超期，" + counts[0] + " 件即将到期",
                            "本单位承办的代表建议中，" + counts[1] + " 件已超过答复期限，" + counts[0] + " 件将在 " + soonDays
                                    + " 日内到期，请抓紧办理并答复代表。", "/suggestions?overdue=" + (counts[1] > 0),
                            "suggestion-unit-" + unitId + "-" + today));
                }
            });
        }
        overdueByStaff.forEach((staffId, n) -> reminders.add(new Reminder(List.of(staffId), "代表建议超期督办：" + n + " 件",
                "您交办的代表建议中有 " + n + " 件已超过答复期限，请督促承办单位。", "/suggestions?overdue=true",
                "suggestion-staff-" + staffId + "-" + today)));
        return reminders;
    }
}
