package cn.congress.deputies.suggestion;

import cn.congress.deputies.suggestion.Deputies.Person;
import cn.congress.testsupport.CongressTest;
import cn.congress.testsupport.SqlCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.congress.deputies.suggestion.Deputies.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The read side at module level: each caller's scope, the filters, the figures and the number of statements. */
@CongressTest
class SuggestionQueriesTest {

    @Autowired
    Deputies people;
    @Autowired
    SuggestionFiling filing;
    @Autowired
    SuggestionReview review;
    @Autowired
    SuggestionAssignment assignment;
    @Autowired
    SuggestionHandling handling;
    @Autowired
    SuggestionEvaluation evaluation;
    @Autowired
    SuggestionDetails details;
    @Autowired
    SuggestionQueries queries;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long file(Person deputy, String title, List<Person> coSigners) {
        long id = as(deputy, () -> filing.file(new SuggestionFiling.Filing(title, "内容", SuggestionCategory.EDUCATION,
                coSigners.stream().map(Person::deputyId).toList())));
        as(deputy, () -> filing.submit(id));
        coSigners.forEach(c -> as(c, () -> filing.sign(id)));
        return id;
    }

    private void assign(long id, Person staff, Person unit) {
        as(staff, () -> review.accept(id));
        long version = as(staff, () -> details.view(id).version());
        as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, unit.getOrgUnitId(), List.of(), 3, null,
                false, null, null, null)));
    }

    @Test
    void eachCallerListsTheirOwnScopeAndTheFiltersNarrowIt() {
        Person deputy = people.deputy();
        Person other = people.deputy();
        Person staff = people.staff();
        Person unit = people.unit();
        long mine = file(deputy, "关于课后服务的建议", List.of());
        long assigned = file(other, "关于校车安全的建议", List.of());
        long draft = as(deputy, () -> filing.file(new SuggestionFiling.Filing("关于草稿的建议", "内容", SuggestionCategory.EDUCATION, List.of())));
        assign(assigned, staff, unit);

        assertThat(as(deputy, () -> queries.page(SuggestionFilter.none(), PageRequest.of(0, 50))).getContent())
                .extracting(SuggestionRow::id).containsExactlyInAnyOrder(mine, draft);
        assertThat(as(unit, () -> queries.page(SuggestionFilter.none(), PageRequest.of(0, 50))).getContent())
                .extracting(SuggestionRow::id).containsExactly(assigned);
        SuggestionFilter byTitle = new SuggestionFilter(null, null, null, null, null, null, false, "校车安全", null);
        assertThat(as(staff, () -> queries.page(byTitle, PageRequest.of(0, 50))).getContent()).extracting(SuggestionRow::id).contains(assigned)
                .doesNotContain(mine, draft);
        SuggestionFilter byUnit = new SuggestionFilter(SuggestionStatus.ASSIGNED, unit.getOrgUnitId(), null, null, null, null, false, null, null);
        assertThat(as(staff, () -> queries.page(byUnit, PageRequest.of(0, 50))).getContent()).extracting(SuggestionRow::id).containsExactly(assigned);
        assertThat(as(staff, () -> queries.page(SuggestionFilter.none(), PageRequest.of(0, 500))).getContent()).extracting(SuggestionRow::id)
                .as("staff never see drafts").doesNotContain(draft);
    }

    @Test
    void aListPageRunsAFixedNumberOfStatementsWhateverItsSize() {
        Person deputy = people.deputy();
        for (int i = 0; i < 12; i++) {
            file(deputy, "关于第" + i + "件事的建议", List.of());
        }
        SqlCounter.reset();
        assertThat(as(deputy, () -> queries.page(SuggestionFilter.none(), PageRequest.of(0, 5))).getTotalElements()).isEqualTo(12);
        assertThat(SqlCounter.count()).as("the caller's deputy id, the due-soon rule, the rows, the count").isLessThanOrEqualTo(4);
        SqlCounter.reset();
        assertThat(as(deputy, () -> queries.page(SuggestionFilter.none(), PageRequest.of(0, 50))).getContent()).hasSize(12);
        assertThat(SqlCounter.count()).as("a last page needs no count").isLessThanOrEqualTo(3);
    }

    @Test
    void theSuggestionPageRunsABoundedNumberOfStatementsWhateverItHolds() {
        Person staff = people.staff();
        Person unit = people.unit();
        long bare = file(people.deputy(), "关于一件事的建议", List.of(people.deputy()));
        assign(bare, staff, unit);
        as(unit, () -> handling.recordContact(bare, LocalDate.now(clock).minusDays(1), "PHONE", "沟通"));
        as(unit, () -> handling.answer(bare, new SuggestionHandling.Answer("B", "列入计划", List.of(
                new SuggestionHandling.Promise("完成设计", LocalDate.now(clock).plusMonths(2))), null, null)));
        List<Person> signers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            signers.add(people.deputy());
        }
        long full = file(people.deputy(), "关于多人联名的建议", signers);
        assign(full, staff, unit);
        for (int i = 0; i < 5; i++) {
            int n = i;
            as(unit, () -> handling.recordContact(full, LocalDate.now(clock).minusDays(1), "PHONE", "第" + n + "次沟通"));
        }
        as(unit, () -> handling.answer(full, new SuggestionHandling.Answer("B", "列入计划", List.of(
                new SuggestionHandling.Promise("完成设计", LocalDate.now(clock).plusMonths(2)),
                new SuggestionHandling.Promise("开工建设", LocalDate.now(clock).plusMonths(5))), null, null)));

        SqlCounter.reset();
        SuggestionView small = as(staff, () -> details.view(bare));
        long few = SqlCounter.count();
        SqlCounter.reset();
        SuggestionView big = as(staff, () -> details.view(full));
        long many = SqlCounter.count();

        assertThat(big.signers()).hasSize(6);
        assertThat(big.contacts()).hasSize(5);
        assertThat(big.commitments()).hasSize(2);
        assertThat(big.timeline().size()).isGreaterThan(small.timeline().size());
        assertThat(many).as("rows load in batches: six signers and five contacts cost no more statements than one of each").isEqualTo(few);
        assertThat(many).isLessThanOrEqualTo(20);
    }

    @Test
    void theFiguresCountTheFlaggedCodesOfTheRules() {
        Person staff = people.staff();
        Person unit = people.unit();
        String[] categories = {"A", "A", "C"};
        for (String category : categories) {
            Person deputy = people.deputy();
            long id = file(deputy, "关于统计口径的建议", List.of());
            assign(id, staff, unit);
            as(unit, () -> handling.answer(id, new SuggestionHandling.Answer(category, "答复", List.of(), null, null)));
            as(deputy, () -> evaluation.evaluate(id, "A".equals(category) ? "SATISFIED" : "BASICALLY_SATISFIED", null));
        }
        SuggestionQueries.Measures stats = as(unit, () -> queries.stats()).measures();
        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.solved()).as("A is flagged solved").isEqualTo(2);
        assertThat(stats.evaluated()).isEqualTo(3);
        assertThat(stats.satisfied()).as("only the option flagged dissatisfied is not satisfied").isEqualTo(3);
        assertThat(as(unit, () -> queries.unitPerformance())).singleElement()
                .satisfies(u -> assertThat(u.resolutionRate()).isEqualTo(67));
    }

    @Test
    void theUnfilteredFiguresAreKeptUntilTheirDataChangesByAnyPath() {
        Person staff = people.staff();
        Person unit = people.unit();
        long id = file(people.deputy(), "关于统计复用的建议", List.of());
        assign(id, staff, unit);
        SuggestionQueries.Stats first = as(unit, () -> queries.stats());
        assertThat(first.total()).isEqualTo(1);
        assertThat(first.overdue()).isZero();

        SqlCounter.reset();
        SuggestionQueries.Stats again = as(unit, () -> queries.stats());
        assertThat(again).isEqualTo(first);
        assertThat(SqlCounter.count()).as("the area's version only, not the four passes over the suggestions").isLessThanOrEqualTo(2);

        // plain SQL, as another instance or a migration would write: seen at once
        jdbc.update("update suggestion set due_on = ? where id = ?", LocalDate.now(clock).minusDays(1), id);
        assertThat(as(unit, () -> queries.stats()).overdue()).isEqualTo(1);
        assertThat(as(staff, () -> queries.stats()).overdue()).as("every scope's figures").isGreaterThanOrEqualTo(1);
        // a filter is never kept
        assertThat(as(unit, () -> queries.stats(new SuggestionQueries.StatsFilter(null, null, null, SuggestionKind.SUGGESTION))).overdue())
                .isEqualTo(1);
    }
}
