package cn.congress.web.legislation;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.notification.Reminder;
import cn.congress.domain.notification.ReminderSource;
import cn.congress.legislation.filing.FilingReview;
import cn.congress.legislation.filing.FilingService;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class FilingDeadlinePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    FilingService filings;
    @Autowired
    AccountService accounts;
    @Autowired
    List<ReminderSource> sources;

    @Test
    void overdueFilingsAreFilteredHighlightedAndRemindedToTheReviewer() throws Exception {
        LocalDate today = LocalDate.now();
        Logins.asSystem();
        FilingReview overdue = filings.receive(new FilingService.FilingDetails("示例市停车场管理办法（期限测试）", "示政规〔2026〕88号",
                "示例市人民政府", today.minusMonths(4), today.minusMonths(4)));
        filings.assignReviewer(overdue.getId(), "陈立法");
        FilingReview soon = filings.receive(new FilingService.FilingDetails("示例市户外广告设置办法（期限测试）", "示政规〔2026〕89号",
                "示例市人民政府", today.minusDays(5), today.minusDays(5)));

        String overduePage = page("/legislation/filings?due=OVERDUE&q=期限测试");
        assertThat(overduePage).contains("示例市停车场管理办法（期限测试）").doesNotContain("示例市户外广告设置办法（期限测试）")
                .contains("table-danger").contains("主动审查").contains("逾期");
        String soonPage = page("/legislation/filings?due=DUE_SOON&q=期限测试");
        assertThat(soonPage).contains("示例市户外广告设置办法（期限测试）").doesNotContain("示例市停车场管理办法（期限测试）")
                .contains("table-warning").contains("形式审查").contains("剩5天");
        assertThat(page("/legislation/filings")).contains("办理期限").contains("7日内到期");

        ReminderSource source = sources.stream().filter(s -> s.name().equals("备案审查期限")).findFirst().orElseThrow();
        List<Reminder> due = source.remindersDue(today);
        Reminder r = due.stream().filter(x -> x.dedupeKey().equals("filing-" + overdue.getId() + "-active-review-" + today))
                .findFirst().orElseThrow();
        assertThat(r.recipientIds()).contains(accounts.byUsername("staff3").getId());
        assertThat(r.title()).startsWith("主动审查已逾期");
        assertThat(due).extracting(Reminder::dedupeKey).contains("filing-" + soon.getId() + "-formal-check-" + today);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(Logins.as(users, "staff3"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
