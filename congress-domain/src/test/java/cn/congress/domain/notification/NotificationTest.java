package cn.congress.domain.notification;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.testsupport.CongressTest;
import cn.congress.domain.shared.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
@Import(NotificationTest.DeadlineSource.class)
class NotificationTest {

    static final AtomicLong RECIPIENT = new AtomicLong();

    @TestConfiguration
    static class DeadlineSource {
        @Bean
        ReminderSource testDeadlines() {
            return new ReminderSource() {
                @Override
                public String name() {
                    return "测试期限";
                }

                @Override
                public List<Reminder> remindersDue(LocalDate today) {
                    return RECIPIENT.get() == 0 ? List.of() : List.of(new Reminder(List.of(RECIPIENT.get()), "建议即将到期",
                            "请在7日内答复", "/suggestions/1", "test-" + today));
                }
            };
        }
    }

    @Autowired
    NotificationService notifications;
    @Autowired
    DailyReminderJob job;
    @Autowired
    AccountService accounts;

    @Test
    void theDailyJobSendsEachReminderOnceEvenWhenItRunsTwice() {
        long user = SystemTask.call(() -> accounts.create("remind.me", null, new AccountService.AccountDetails("提醒", null, null))).account().getId();
        RECIPIENT.set(user);
        LocalDate day = LocalDate.of(2026, 11, 21);

        job.run(day);
        job.run(day);

        assertThat(notifications.unreadCount(user)).isEqualTo(1);
        job.run(day.plusDays(1));
        assertThat(notifications.unreadCount(user)).isEqualTo(2);
        RECIPIENT.set(0);
    }

    @Test
    void aUserReadsOnlyTheirOwnNotifications() {
        long alice = SystemTask.call(() -> accounts.create("n.alice", null, new AccountService.AccountDetails("甲", null, null))).account().getId();
        long bob = SystemTask.call(() -> accounts.create("n.bob", null, new AccountService.AccountDetails("乙", null, null))).account().getId();
        notifications.send(List.of(alice), "交办通知", "您有新的交办事项", "/suggestions/9", null);
        long id = notifications.page(alice, true, PageRequest.of(0, 10)).getContent().get(0).id();

        assertThatThrownBy(() -> notifications.markRead(bob, id)).isInstanceOf(NotFoundException.class);
        assertThat(notifications.markRead(alice, id)).isEqualTo("/suggestions/9");
        assertThat(notifications.unreadCount(alice)).isZero();
    }

    @Test
    void theDashboardCardListsTheNewestUnreadOnly() {
        long carol = SystemTask.call(() -> accounts.create("n.carol", null, new AccountService.AccountDetails("丙", null, null))).account().getId();
        for (int i = 1; i <= 7; i++) {
            notifications.send(List.of(carol), "第" + i + "条通知", "内容", "/notifications", null);
        }
        long newest = notifications.page(carol, true, PageRequest.of(0, 10, org.springframework.data.domain.Sort.by("id").descending()))
                .getContent().get(0).id();
        notifications.markRead(carol, newest);

        List<NotificationRow> card = notifications.latestUnread(carol, 5);
        assertThat(card).hasSize(5).allSatisfy(n -> assertThat(n.unread()).isTrue())
                .extracting(NotificationRow::id).doesNotContain(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(card.get(0).title()).isEqualTo("第6条通知");
        assertThat(notifications.latestUnread(carol + 100_000, 5)).isEmpty();

        // the card is kept, and a notification read or sent shows on it at once
        notifications.markRead(carol, card.get(0).id());
        assertThat(notifications.latestUnread(carol, 5)).extracting(NotificationRow::title).startsWith("第5条通知").hasSize(5);
        notifications.send(List.of(carol), "第8条通知", "内容", "/notifications", null);
        assertThat(notifications.latestUnread(carol, 5)).extracting(NotificationRow::title).startsWith("第8条通知", "第5条通知");
        notifications.markAllRead(carol);
        assertThat(notifications.latestUnread(carol, 5)).isEmpty();
    }
}
