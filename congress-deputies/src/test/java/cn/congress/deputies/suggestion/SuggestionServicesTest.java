package cn.congress.deputies.suggestion;

import cn.congress.deputies.suggestion.Deputies.Person;
import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.SystemTask;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static cn.congress.deputies.suggestion.Deputies.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suggestion services at module level, against PostgreSQL, each call made as a caller would make it. */
@CongressTest
class SuggestionServicesTest {

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
    Rules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    long filed(Person deputy, Person... coSigners) {
        List<Long> invited = java.util.Arrays.stream(coSigners).map(Person::deputyId).toList();
        long id = as(deputy, () -> filing.file(new SuggestionFiling.Filing("关于测试事项的建议", "内容", SuggestionCategory.URBAN, invited)));
        as(deputy, () -> filing.submit(id));
        return id;
    }

    long assigned(Person deputy, Person staff, Person lead, Person... co) {
        long id = filed(deputy);
        as(staff, () -> review.accept(id));
        long version = as(staff, () -> details.view(id).version());
        as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, lead.getOrgUnitId(),
                java.util.Arrays.stream(co).map(Person::getOrgUnitId).toList(), 3, null, false, null, null, null)));
        return id;
    }

    @Test
    void nobodyWithoutALoginReachesAnything() {
        assertThatThrownBy(() -> filing.file(new SuggestionFiling.Filing("t", "c", SuggestionCategory.URBAN, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        long id = filed(people.deputy());
        assertThatThrownBy(() -> details.view(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.accept(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemActsOnlyInsideASystemTask() {
        long id = filed(people.deputy());
        SystemTask.run(() -> review.accept(id));
        assertThat(SystemTask.call(() -> details.view(id)).status()).isEqualTo(SuggestionStatus.REGISTERED);
        assertThat(jdbc.queryForObject("select registration_number from suggestion where id = ?", String.class, id))
                .as("the registration number comes from DocumentNumbers' yearly sequence").matches(LocalDate.now(clock).getYear() + "年第\\d+号");
    }

    @Test
    void rolesAndRecordsAreCheckedByTheServices() {
        Person author = people.deputy();
        Person stranger = people.deputy();
        Person staff = people.staff();
        Person lead = people.unit();
        Person otherUnit = people.unit();
        long id = filed(author);

        assertThatThrownBy(() -> as(author, () -> review.accept(id))).as("a deputy lacks the staff role").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> details.view(id))).as("not the stranger's suggestion").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(staff, () -> filing.sign(id))).as("staff do not sign").isInstanceOf(AccessDeniedException.class);

        as(staff, () -> review.accept(id));
        long version = as(staff, () -> details.view(id).version());
        as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, lead.getOrgUnitId(), List.of(), 3, null,
                false, null, null, null)));
        assertThatThrownBy(() -> as(otherUnit, () -> handling.answer(id, new SuggestionHandling.Answer("A", "越权", List.of(), null, null))))
                .as("another unit may not know it exists").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherUnit, () -> details.view(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(lead, () -> details.view(id)).actions()).contains(SuggestionAction.ANSWER, SuggestionAction.RECORD_CONTACT)
                .doesNotContain(SuggestionAction.ASSIGN, SuggestionAction.PUBLISH);
    }

    @Test
    void theActionsOfAViewFollowTheStateMachineAndTheCaller() {
        Person author = people.deputy();
        Person invitee = people.deputy();
        Person staff = people.staff();
        long id = as(author, () -> filing.file(new SuggestionFiling.Filing("关于草稿的建议", "内容", SuggestionCategory.URBAN, List.of(invitee.deputyId()))));
        assertThat(as(author, () -> details.view(id)).actions()).containsExactlyInAnyOrder(SuggestionAction.EDIT, SuggestionAction.ATTACH,
                SuggestionAction.SUBMIT);
        as(author, () -> filing.submit(id));
        assertThat(as(author, () -> details.view(id)).actions()).containsExactly(SuggestionAction.WITHDRAW);
        assertThat(as(invitee, () -> details.view(id)).actions()).containsExactly(SuggestionAction.SIGN);
        assertThat(as(staff, () -> details.view(id)).actions()).containsExactlyInAnyOrder(SuggestionAction.ACCEPT, SuggestionAction.MARK_MOTION,
                SuggestionAction.RETURN, SuggestionAction.MERGE);
        SuggestionView view = as(staff, () -> details.view(id));
        assertThat(view.timeline()).extracting(e -> e.labelKey()).containsExactly("suggestion.event.CREATE", "suggestion.event.SUBMIT");
    }

    @Test
    void aDissatisfiedEvaluationIsTheFlaggedOptionWhereverItStandsAndNotifiesAfterCommit() {
        Person author = people.deputy();
        Person staff = people.staff();
        Person lead = people.unit();
        Person co = people.unit();
        long id = assigned(author, staff, lead, co);
        assertThat(notifications(lead.getAccountId(), id)).as("the lead unit hears of the assignment once it committed").isOne();
        assertThat(notifications(co.getAccountId(), id)).as("so does the co-unit").isOne();

        assertThatThrownBy(() -> as(co, () -> handling.answer(id, new SuggestionHandling.Answer("A", "协办答复", List.of(), null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("主办单位");
        as(lead, () -> handling.answer(id, new SuggestionHandling.Answer("C", "暂时无法解决", List.of(), null, null)));
        assertThat(notifications(author.getAccountId(), id)).isOne();

        // The options in another order: the meaning comes with the flag, not the position.
        List<CodeLabel> options = rules.codes("suggestion.satisfaction-options");
        assertThat(options).filteredOn(o -> o.has(CodeLabel.DISSATISFIED)).extracting(CodeLabel::code).containsExactly("DISSATISFIED");
        rules.schedule("suggestion.satisfaction-options", LocalDate.now(clock),
                "DISSATISFIED=不满意|dissatisfied\nSATISFIED=满意\nBASICALLY_SATISFIED=基本满意", "测试：调整顺序");
        assertThatThrownBy(() -> as(author, () -> evaluation.evaluate(id, "DISSATISFIED", " "))).hasMessageContaining("写明理由");
        as(author, () -> evaluation.evaluate(id, "DISSATISFIED", "没有过渡措施"));
        assertThat(as(staff, () -> details.view(id)).status()).isEqualTo(SuggestionStatus.DISSATISFIED);
        assertThat(as(staff, () -> details.view(id)).dissatisfactionComment()).isEqualTo("没有过渡措施");

        as(staff, () -> evaluation.decideDissatisfaction(id, true, "请再研究"));
        assertThat(as(lead, () -> details.view(id)).status()).isEqualTo(SuggestionStatus.REHANDLING);
        assertThat(notifications(lead.getAccountId(), id)).as("assignment, then another round").isEqualTo(2);
    }

    @Test
    void aRefusedStepNamesTheStepAndChangesNothing() {
        Person author = people.deputy();
        Person staff = people.staff();
        long id = filed(author);
        long version = as(staff, () -> details.view(id).version());
        assertThatThrownBy(() -> as(staff, () -> assignment.assign(id, new SuggestionAssignment.Assignment(version, people.unit().getOrgUnitId(),
                List.of(), 3, null, false, null, null, null))))
                .isInstanceOfSatisfying(StepRefused.class, e -> assertThat(e.step()).isEqualTo(SuggestionStep.ASSIGN));
        assertThat(as(staff, () -> details.view(id)).status()).isEqualTo(SuggestionStatus.SUBMITTED);
    }

    private long notifications(long accountId, long suggestionId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?", Long.class, accountId,
                "/suggestions/" + suggestionId);
    }
}
