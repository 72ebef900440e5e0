package cn.congress.legislation.filing;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.AccountRow;
import cn.congress.domain.notification.Reminder;
import cn.congress.domain.notification.ReminderSource;
import cn.congress.domain.org.OrgUnitRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reminds of filings whose formal check, active review or the maker's correction answer is due within
 * {@link FilingDeadline#WARNING_DAYS} days or overdue, once a day per filing while it lasts. Recipients: the STAFF accounts
 * of the legal affairs working body (org code SC-LEGAL; all STAFF when that body has none) plus the reviewer, whose name is
 * recorded as text and is matched against the display names and usernames of enabled STAFF accounts.
 */
@Component
@RequiredArgsConstructor
class FilingReminders implements ReminderSource {

    static final String LEGAL_AFFAIRS_CODE = "SC-LEGAL";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final FilingService filings;
    private final AccountService accounts;
    private final OrgUnitRepository orgUnits;

    @Override
    public String name() {
        return "备案审查期限";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        List<FilingReview> due = filings.needingAttention(today);
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, FilingDeadline> deadlines = filings.deadlines(due, today);
        Set<Long> staff = new HashSet<>(accounts.userIdsWithRole(Role.STAFF));
        List<Long> legalAffairs = orgUnits.findByCode(LEGAL_AFFAIRS_CODE)
                .map(org -> accounts.userIdsOfOrg(org.getId()).stream().filter(staff::contains).toList())
                .filter(ids -> !ids.isEmpty())
                .orElse(List.copyOf(staff));
        Map<String, List<Long>> reviewers = new HashMap<>();
        return due.stream().filter(f -> deadlines.containsKey(f.getId())).map(f -> {
            FilingDeadline d = deadlines.get(f.getId());
            Set<Long> recipients = new LinkedHashSet<>(legalAffairs);
            if (f.getReviewer() != null) {
                recipients.addAll(reviewers.computeIfAbsent(f.getReviewer(), this::reviewerAccounts));
            }
            String what = switch (d.kind()) {
                case FORMAL_CHECK -> "形式审查";
                case ACTIVE_REVIEW -> "主动审查";
                case CORRECTION_ANSWER -> "制定机关纠正答复";
            };
            String title = (d.overdue() ? what + "已逾期：" : what + "期限将至：") + f.getDocumentTitle();
            String body = "《" + f.getDocumentTitle() + "》（" + f.getDocumentNo() + "，" + f.getFilingOrgan() + "）的" + what + "期限为"
                    + CHINESE_DATE.format(d.dueOn())
                    + (d.overdue() ? "，已逾期" + (-d.daysLeft()) + "天，请尽快办理。"
                    : d.daysLeft() == 0 ? "，今天到期。" : "，还剩" + d.daysLeft() + "天。");
            String key = "filing-" + f.getId() + "-" + d.kind().name().toLowerCase().replace('_', '-') + "-" + today;
            return new Reminder(List.copyOf(recipients), title, body, "/legislation/filings/" + f.getId(), key);
        }).toList();
    }

    private List<Long> reviewerAccounts(String reviewer) {
        String name = reviewer.strip();
        return accounts.search(name, null, Role.STAFF, true, PageRequest.of(0, 20)).stream()
                .filter(a -> name.equals(a.displayName()) || name.equalsIgnoreCase(a.username()))
                .map(AccountRow::id).toList();
    }
}
