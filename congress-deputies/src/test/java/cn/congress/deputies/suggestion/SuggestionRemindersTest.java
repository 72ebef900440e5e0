package cn.congress.deputies.suggestion;

import cn.congress.deputies.suggestion.Deputies.Person;
import cn.congress.domain.notification.Reminder;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static cn.congress.deputies.suggestion.Deputies.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily deadline reminders at module level: one per unit and day, and one to the assigning staff member. */
@CongressTest
class SuggestionRemindersTest {

    @Autowired
    Deputies people;
    @Autowired
    SuggestionFiling filing;
    @Autowired
    SuggestionReview review;
    @Autowired
    SuggestionAssignment assignment;
    @Autowired
    SuggestionDetails details;
    @Autowired
    SuggestionReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long assigned(Person staff, Person unit) {
        Person deputy = people.deputy();
        long id = as(deputy, () -> filing.file(new SuggestionFiling.Filing("关于提醒的建议", "内容", SuggestionCategory.URBAN, List.of())));
        as(deputy, () -> filing.submit(id));
        as(staff, () -> review.accept(id));
        long version = as(staff, () -> details.view(id).version());
        as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, unit.getOrgUnitId(), List.of(), 3, null,
                false, null, null, null)));
        return id;
    }

    @Test
    void aUnitHearsOnceOfItsOverdueAndNearlyDueSuggestionsAndTheStaffOfTheOverdueOnes() {
        Person staff = people.staff();
        Person unit = people.unit();
        Person colleague = people.colleague(unit);
        LocalDate today = LocalDate.now(clock);
        long overdue = assigned(staff, unit);
        long dueSoon = assigned(staff, unit);
        long later = assigned(staff, unit);
        jdbc.update("update suggestion set due_on = ? where id = ?", today.minusDays(3), overdue);
        jdbc.update("update suggestion set due_on = ? where id = ?", today.plusDays(2), dueSoon);

        List<Reminder> due = reminders.remindersDue(today);

        assertThat(due).filteredOn(r -> r.recipientIds().contains(unit.getAccountId())).singleElement().satisfies(r -> {
            assertThat(r.recipientIds()).containsExactlyInAnyOrder(unit.getAccountId(), colleague.getAccountId());
            assertThat(r.title()).contains("1 件已超期").contains("1 件即将到期");
        });
        assertThat(due).filteredOn(r -> r.recipientIds().contains(staff.getAccountId())).singleElement()
                .satisfies(r -> assertThat(r.title()).contains("1 件"));
        assertThat(later).isPositive();
    }
}
