package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.Delegation;
import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.Gender;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.Term;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state machine on its own, without a database. */
class SuggestionStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final Term term = new Term(17, "第十七届", LocalDate.of(2022, 1, 1), null, true);
    private final Deputy deputy = new Deputy(term, "李建华", Gender.MALE, new Delegation(term, "东城区代表团", 1), null, null, null, null, null);
    private final OrgUnit unit = new OrgUnit("示例市住房和城乡建设局", "市住建局", "GOV-HOUSING", OrgType.GOVERNMENT_DEPARTMENT, null, 1);

    private Suggestion submitted() {
        Suggestion s = new Suggestion(term, deputy, "关于加装电梯的建议", "内容", SuggestionCategory.URBAN, NOW, "李建华");
        s.submit(NOW, "李建华");
        return s;
    }

    @Test
    void everyStepStartsOnlyFromItsStates() {
        for (SuggestionStep step : SuggestionStep.values()) {
            assertThat(SuggestionStatus.values()).filteredOn(step::allowedFrom).as(step.name()).isNotEmpty();
        }
        assertThat(SuggestionStep.ANSWER.allowedFrom(SuggestionStatus.REGISTERED)).isFalse();
        assertThat(SuggestionStep.ANSWER.allowedFrom(SuggestionStatus.REHANDLING)).isTrue();
        assertThat(SuggestionStep.ASSIGN.allowedFrom(SuggestionStatus.SUBMITTED)).isFalse();
    }

    @Test
    void answeringBeforeAssignmentIsRefusedAndChangesNothing() {
        Suggestion s = submitted();
        s.accept("2026年第1号", NOW, "刘洋");
        int events = s.getEvents().size();

        assertThatThrownBy(() -> s.answer("A", "答复", List.of(), NOW, TODAY, "周明")).isInstanceOf(TransitionRefused.class);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.REGISTERED);
        assertThat(s.getEvents()).hasSize(events);
    }

    @Test
    void evaluatingBeforeAnAnswerIsRefused() {
        Suggestion s = submitted();
        s.accept("2026年第2号", NOW, "刘洋");
        s.assign(unit, List.of(), TODAY, TODAY.plusMonths(3), null, "示人大代交〔2026〕1号", 1L, NOW, "刘洋");

        assertThatThrownBy(() -> s.evaluate("SATISFIED", "满意", false, null, 2, TODAY, NOW, "李建华"))
                .isInstanceOf(TransitionRefused.class).hasMessage("尚未收到承办单位的答复，不能评价");
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.ASSIGNED);
    }

    @Test
    void dissatisfactionWaitsForStaffWhoOpenRoundsUntilTheCapThenItCloses() {
        Suggestion s = submitted();
        s.accept("2026年第3号", NOW, "刘洋");
        s.assign(unit, List.of(), TODAY, TODAY.plusMonths(3), null, "示人大代交〔2026〕2号", 1L, NOW, "刘洋");
        s.answer("C", "暂时无法解决", List.of(), NOW, TODAY, "周明");
        s.evaluate("DISSATISFIED", "不满意", true, "理由", 2, TODAY, NOW, "李建华");

        assertThat(s.getStatus()).as("staff decide first").isEqualTo(SuggestionStatus.DISSATISFIED);
        assertThat(s.getRound()).isEqualTo(1);
        assertThatThrownBy(() -> s.answer("B", "抢先答复", List.of(), NOW, TODAY, "周明")).isInstanceOf(TransitionRefused.class);

        s.rehandle(TODAY.plusMonths(1), null, NOW, "刘洋");
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.REHANDLING);
        assertThat(s.getRound()).isEqualTo(2);
        assertThat(s.getDueOn()).isEqualTo(TODAY.plusMonths(1));

        s.answer("B", "列入计划", List.of(new SuggestionHandling.Promise("明年完成", TODAY.plusMonths(6))), NOW, TODAY, "周明");
        s.evaluate("DISSATISFIED", "不满意", true, "仍不满意", 2, TODAY, NOW, "李建华");
        assertThat(s.getStatus()).as("no third round: the open commitment is tracked").isEqualTo(SuggestionStatus.FOLLOW_UP);
        assertThat(s.getRounds()).hasSize(2);
    }

    @Test
    void staffMayConcludeAfterDissatisfactionWithAnExplanation() {
        Suggestion s = submitted();
        s.accept("2026年第4号", NOW, "刘洋");
        s.assign(unit, List.of(), TODAY, TODAY.plusMonths(3), null, "示人大代交〔2026〕3号", 1L, NOW, "刘洋");
        assertThatThrownBy(() -> s.concludeDespiteDissatisfaction("说明", TODAY, NOW, "刘洋")).isInstanceOf(TransitionRefused.class);
        s.answer("C", "暂时无法解决", List.of(), NOW, TODAY, "周明");
        assertThatThrownBy(() -> s.rehandle(TODAY.plusMonths(1), null, NOW, "刘洋")).isInstanceOf(TransitionRefused.class);
        s.evaluate("DISSATISFIED", "不满意", true, "理由", 2, TODAY, NOW, "李建华");
        s.concludeDespiteDissatisfaction("受规划限制，已向代表当面说明", TODAY, NOW, "刘洋");

        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.CLOSED);
        assertThat(s.getClosedOn()).isEqualTo(TODAY);
        assertThat(s.getRounds()).hasSize(1);
    }

    @Test
    void aMotionNeedsTheThreshold() {
        Suggestion s = submitted();
        s.markAsMotion(NOW, "刘洋", null);
        assertThatThrownBy(() -> s.listAsMotion(10, NOW, "刘洋")).isInstanceOf(DomainException.class).hasMessageContaining("还差 9 名");
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.MOTION);
        s.listAsMotion(1, NOW, "刘洋");
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.MOTION_LISTED);
    }

    @Test
    void aSubmittedSuggestionCannotBeRevised() {
        Suggestion s = submitted();
        assertThatThrownBy(() -> s.revise("新标题", "新内容", SuggestionCategory.OTHER)).isInstanceOf(TransitionRefused.class);
        assertThat(s.getTitle()).isEqualTo("关于加装电梯的建议");
    }
}
