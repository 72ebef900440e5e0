package cn.congress.legislation.filing;

import cn.congress.testsupport.ActAsSystem;
import org.junit.jupiter.api.extension.ExtendWith;
import cn.congress.domain.notification.Reminder;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@CongressTest
@ExtendWith(ActAsSystem.class)
class FilingRemindersTest {

    static final LocalDate TODAY = LocalDate.of(2030, 6, 15);

    @Autowired
    FilingService filings;
    @Autowired
    FilingReminders reminders;

    @Test
    void formalCheckActiveReviewAndCorrectionAnswerAreRemindedWhenDueWithinAWeekOrOverdue() {
        // rules: formal check 10 days, active review 3 months, maker's reply 30 days
        long soonFormal = receive("甲", LocalDate.of(2030, 6, 10)).getId();            // due 6月20日: 5 days left
        long lateFormal = receive("乙", LocalDate.of(2030, 6, 1)).getId();             // due 6月11日: 4 days overdue
        long notYet = receive("丙", LocalDate.of(2030, 6, 14)).getId();                // due 6月24日: 9 days left
        long soonReview = receive("丁", LocalDate.of(2030, 3, 20)).getId();            // due 6月20日
        filings.assignReviewer(soonReview, "陈立法");
        long lateReview = receive("戊", LocalDate.of(2030, 3, 1)).getId();             // due 6月1日
        filings.assignReviewer(lateReview, "陈立法");
        long soonAnswer = receive("己", LocalDate.of(2030, 3, 1)).getId();
        filings.assignReviewer(soonAnswer, "陈立法");
        filings.findProblem(soonAnswer, "超越权限设定行政许可");
        filings.requestCorrection(soonAnswer, null, null, LocalDate.of(2030, 5, 22)); // reply-days 30: due 6月21日
        long lateAnswer = receive("庚", LocalDate.of(2030, 3, 1)).getId();
        filings.assignReviewer(lateAnswer, "陈立法");
        filings.findProblem(lateAnswer, "减损公民权利");
        filings.requestCorrection(lateAnswer, LocalDate.of(2030, 6, 14), null, TODAY);
        long closed = receive("辛", LocalDate.of(2030, 3, 1)).getId();
        filings.assignReviewer(closed, "陈立法");
        filings.findLawful(closed, LocalDate.of(2030, 4, 1), "合法");

        assertThat(filings.deadlines(List.of(filings.get(lateReview)), TODAY).get(lateReview))
                .isEqualTo(new FilingDeadline(DeadlineKind.ACTIVE_REVIEW, LocalDate.of(2030, 6, 1), true, false, -14));

        List<Reminder> due = reminders.remindersDue(TODAY);
        assertThat(due).extracting(Reminder::dedupeKey).contains(
                "filing-" + soonFormal + "-formal-check-2030-06-15", "filing-" + lateFormal + "-formal-check-2030-06-15",
                "filing-" + soonReview + "-active-review-2030-06-15", "filing-" + lateReview + "-active-review-2030-06-15",
                "filing-" + soonAnswer + "-correction-answer-2030-06-15", "filing-" + lateAnswer + "-correction-answer-2030-06-15")
                .noneMatch(k -> k.startsWith("filing-" + notYet + "-") || k.startsWith("filing-" + closed + "-"));
        Reminder late = due.stream().filter(r -> r.dedupeKey().startsWith("filing-" + lateFormal + "-")).findFirst().orElseThrow();
        assertThat(late.title()).isEqualTo("形式审查已逾期：规定乙");
        assertThat(late.body()).contains("2030年6月11日").contains("已逾期4天");
        assertThat(late.link()).isEqualTo("/legislation/filings/" + lateFormal);
        assertThat(due.stream().filter(r -> r.dedupeKey().startsWith("filing-" + soonAnswer + "-")).findFirst().orElseThrow().body())
                .contains("制定机关纠正答复").contains("还剩6天");
        // the next day's reminder is a new occasion
        assertThat(reminders.remindersDue(TODAY.plusDays(1))).extracting(Reminder::dedupeKey)
                .contains("filing-" + lateFormal + "-formal-check-2030-06-16");

        assertThat(ids(FilingDueFilter.OVERDUE)).contains(lateFormal, lateReview, lateAnswer)
                .doesNotContain(soonFormal, soonReview, soonAnswer, notYet, closed);
        assertThat(ids(FilingDueFilter.DUE_SOON)).contains(soonFormal, soonReview, soonAnswer)
                .doesNotContain(lateFormal, lateReview, lateAnswer, notYet, closed);
    }

    @Test
    void theActiveReviewWindowIsExactAtMonthEnds() {
        FilingDeadlines.Terms terms = new FilingDeadlines.Terms(10, 3);
        for (LocalDate day = LocalDate.of(2031, 1, 1); day.isBefore(LocalDate.of(2032, 12, 31)); day = day.plusDays(1)) {
            LocalDate from = terms.activeReceivedFrom(day);
            assertThat(terms.activeDue(from)).as("%s", day).isAfterOrEqualTo(day);
            assertThat(terms.activeDue(from.minusDays(1))).as("%s", day).isBefore(day);
        }
    }

    private List<Long> ids(FilingDueFilter filter) {
        return filings.page(null, null, null, "规定", filter, TODAY, PageRequest.of(0, 100)).map(FilingReview::getId).getContent();
    }

    private FilingReview receive(String name, LocalDate receivedOn) {
        return filings.receive(new FilingService.FilingDetails("规定" + name, "示政规〔2030〕" + name + "号", "示例市人民政府",
                receivedOn.minusDays(5), receivedOn));
    }
}
