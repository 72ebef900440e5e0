package cn.congress.domain.rules;

import cn.congress.domain.shared.DomainException;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class RulesTest {

    @Autowired
    Rules rules;
    @Autowired
    Clock clock;

    @Test
    void seededDefaultsAreReadByKey() {
        assertThat(rules.integer("suggestion.answer-months")).isEqualTo(3);
        assertThat(rules.integer("motion.min-deputies")).isEqualTo(10);
        assertThat(rules.codes("suggestion.answer-categories")).extracting(CodeLabel::code).containsExactly("A", "B", "C", "D");
        assertThat(rules.label("suggestion.answer-categories", "A")).isEqualTo("已解决或基本解决");
        assertThat(rules.text("docno.prefix.sc")).isEqualTo("示人大常发");
    }

    @Test
    void aChangeTakesEffectOnItsDateAndLeavesTheValueInForceUntilThen() {
        LocalDate today = LocalDate.now(clock);
        LocalDate nextYear = today.plusYears(1).withDayOfYear(1);
        rules.schedule("legislation.public-comment-days", nextYear, "20", "本市立法条例修改");

        assertThat(rules.integer("legislation.public-comment-days")).isEqualTo(30);
        assertThat(rules.integerOn("legislation.public-comment-days", nextYear.minusDays(1))).isEqualTo(30);
        assertThat(rules.integerOn("legislation.public-comment-days", nextYear)).isEqualTo(20);
        assertThat(rules.view("legislation.public-comment-days").history()).hasSize(2);
    }

    @Test
    void valuesAlreadyInForceCannotBeRewrittenRetroactively() {
        assertThatThrownBy(() -> rules.schedule("suggestion.answer-months", LocalDate.now(clock).minusDays(1), "2", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("不能追溯");
    }

    @Test
    void valuesAreCheckedAgainstTheirTypeAndRange() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> rules.schedule("suggestion.answer-months", today, "三个月", null)).hasMessageContaining("须为整数");
        assertThatThrownBy(() -> rules.schedule("suggestion.answer-max-months", today, "7", null)).hasMessageContaining("之间");
        assertThatThrownBy(() -> rules.schedule("suggestion.answer-categories", today, "A=已解决\nA=重复", null)).hasMessageContaining("重复");
        assertThatThrownBy(() -> rules.schedule("suggestion.answer-categories", today, "A", null)).hasMessageContaining("代码=名称");
    }
}
