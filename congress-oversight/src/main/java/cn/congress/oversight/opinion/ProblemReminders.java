package cn.congress.oversight.opinion;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.notification.Reminder;
import cn.congress.domain.notification.ReminderSource;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminds every day, per responsible organ, of its overdue problem items (to the organ's users) and tells the
 * staff how many items are overdue in all; one reminder per organ per day, however many items it has.
 */
@Component
@RequiredArgsConstructor
class ProblemReminders implements ReminderSource {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    @Override
    public String name() {
        return "问题清单整改期限";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        record Overdue(long organId, String organName, long count) {
        }
        List<Overdue> overdue = jdbc.query("""
                select p.organ_id, o.name, count(*) from oversight_problem p join org_unit o on o.id = p.organ_id
                where p.status in ('ASSIGNED', 'RECTIFYING', 'REPORTED') and p.deadline < ?
                group by p.organ_id, o.name order by p.organ_id
                """, (rs, i) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getLong(3)), Date.valueOf(today));
        List<Reminder> result = new ArrayList<>();
        long total = 0;
        for (Overdue o : overdue) {
            total += o.count();
            List<Long> users = accounts.userIdsOfOrg(o.organId());
            if (!users.isEmpty()) {
                result.add(new Reminder(users, "问题清单整改已超期：" + o.count() + "项",
                        o.organName() + "有" + o.count() + "项审议意见问题清单整改已超过期限，请尽快报送整改情况。",
                        "/oversight/problems?overdue=true", "oversight-overdue-" + o.organId() + "-" + today));
            }
        }
        if (total > 0) {
            result.add(new Reminder(accounts.userIdsWithRole(Role.STAFF), "问题清单超期：" + total + "项",
                    overdue.size() + "个单位共" + total + "项问题整改超期。", "/oversight/problems?overdue=true",
                    "oversight-overdue-staff-" + today));
        }
        return result;
    }
}
