package cn.congress.legislation.bill;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.notification.Reminder;
import cn.congress.domain.notification.ReminderSource;
import cn.congress.domain.org.OrgUnitRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reminds the legislative affairs staff when a bill's four-month provincial approval window (rule
 * {@code legislation.approval-months}) comes within {@code legislation.approval-warning-days}, and again once it has passed.
 */
@Component
@RequiredArgsConstructor
class ApprovalReminders implements ReminderSource {

    /** The legislative affairs working body (法制工作委员会) of the organisation tree. */
    static final String LEGISLATIVE_AFFAIRS_CODE = "SC-LEGAL";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final BillService bills;
    private final AccountService accounts;
    private final OrgUnitRepository orgUnits;

    @Override
    public String name() {
        return "法规报请批准期限";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        var due = bills.approvalWarnings(today);
        if (due.isEmpty()) {
            return List.of();
        }
        Set<Long> staff = new HashSet<>(accounts.userIdsWithRole(Role.STAFF));
        List<Long> recipients = orgUnits.findByCode(LEGISLATIVE_AFFAIRS_CODE)
                .map(org -> accounts.userIdsOfOrg(org.getId()).stream().filter(staff::contains).toList())
                .filter(ids -> !ids.isEmpty())
                .orElse(List.copyOf(staff));
        return due.stream().map(e -> {
            Bill bill = e.getKey();
            BillService.ApprovalWindow w = e.getValue();
            String title = w.overdue() ? "报请批准已超过法定期限：" + bill.getTitle() : "报请批准期限将至：" + bill.getTitle();
            String body = "《" + bill.getTitle() + "》于" + CHINESE_DATE.format(w.sentOn()) + "报请省人大常委会批准，法定审查期限至"
                    + CHINESE_DATE.format(w.dueOn())
                    + (w.overdue() ? "，已超过期限，请与省人大常委会法工委沟通。" : "，还剩" + w.daysLeft() + "天。");
            String key = "bill-" + bill.getId() + "-approval-" + w.sentOn() + (w.overdue() ? "-overdue" : "-warning");
            return new Reminder(recipients, title, body, "/legislation/bills/" + bill.getId(), key);
        }).toList();
    }
}
