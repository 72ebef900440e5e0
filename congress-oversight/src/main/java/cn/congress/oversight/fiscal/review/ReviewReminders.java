package cn.congress.oversight.fiscal.review;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
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
import java.util.List;

/**
 * Reminds staff of scheduled calendar items whose documents are still missing as their deadline (the rules' days
 * before the session) comes within the rules' warning days or has passed; one reminder per item per day.
 */
@Component
@RequiredArgsConstructor
class ReviewReminders implements ReminderSource {

    private final JdbcTemplate jdbc;
    private final Rules rules;
    private final AccountService accounts;

    @Override
    public String name() {
        return "财政经济监督材料报送期限";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        int days = rules.integer("fiscal.review-documents-days");
        int warn = rules.integer("fiscal.review-reminder-days");
        record Due(long id, String title, LocalDate due) {
        }
        List<Due> due = jdbc.query("""
                select r.id, r.title, r.session_date - cast(? as integer) from fiscal_review r
                where r.status = 'SCHEDULED' and r.session_date - cast(? as integer) <= ? and r.session_date >= ?
                  and not (exists (select 1 from attachment a where a.owner_type = 'FiscalReviewReport' and a.owner_id = r.id)
                       and exists (select 1 from attachment a where a.owner_type = 'FiscalReviewPreliminary' and a.owner_id = r.id))
                order by r.id""", (rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                days, days, Date.valueOf(today.plusDays(warn)), Date.valueOf(today));
        List<Reminder> result = new ArrayList<>();
        List<Long> staff = accounts.userIdsWithRole(Role.STAFF);
        for (Due d : due) {
            String when = d.due().isBefore(today) ? "已超过报送期限" : "报送期限为" + d.due().getYear() + "年" + d.due().getMonthValue() + "月"
                    + d.due().getDayOfMonth() + "日";
            result.add(new Reminder(staff, "财政经济监督材料未齐：" + d.title(), "《" + d.title() + "》的政府报告或初审报告尚未上传，" + when + "。",
                    "/fiscal/reviews/" + d.id(), "fiscal-review-docs-" + d.id() + "-" + today));
        }
        return result;
    }
}
