package cn.congress.web.config;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.thymeleaf.context.ExpressionContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.expression.VariableExpression;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link PropertyPathEvaluator} gives what Thymeleaf's SpEL evaluator gives for every kind of expression — a record's
 * accessor, a bean's getter and is-getter, a path through both, a missing variable, a missing property, a null on the
 * way, maps, strings, pages, literals, operators and calls — and fails where SpEL fails.
 */
@WebIntegrationTest
class PropertyPathEvaluatorTest {

    public record Line(String title, boolean overdue, Flag flag, Line next) {
        public String getTitle() {
            return "getter wins: " + title;
        }
    }

    public record Flag(String text) {
    }

    public static final class Bean {
        public String getName() {
            return "名称";
        }

        public boolean isActive() {
            return true;
        }

        public Boolean getActive() {
            return false;
        }

        public String aBc() {
            return "aBc";
        }

        public String getABc() {
            return "getABc";
        }

        public String explode() {
            throw new IllegalStateException("boom");
        }

        public String getExplode() {
            throw new IllegalStateException("boom");
        }
    }

    public enum Kind {
        FIRST;

        public String messageKey() {
            return "kind." + name();
        }
    }

    @Autowired SpringTemplateEngine engine;

    @Test
    void theApplicationsTemplatesUseIt() {
        assertThat(StandardExpressions.getVariableExpressionEvaluator(engine.getConfiguration())).isInstanceOf(PropertyPathEvaluator.class);
    }

    @Test
    void everyExpressionGivesWhatSpelGives() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("line", new Line("标题", true, new Flag("重点督办"), new Line("下一条", false, null, null)));
        variables.put("bean", new Bean());
        variables.put("kind", Kind.FIRST);
        variables.put("map", Map.of("title", "映射", "empty", "非空"));
        variables.put("text", "文字");
        variables.put("page", new PageImpl<>(List.of(1, 2)));
        variables.put("day", LocalDate.of(2026, 11, 21));
        variables.put("nothing", null);
        ExpressionContext context = new ExpressionContext(engine.getConfiguration(), Locale.SIMPLIFIED_CHINESE, variables);
        PropertyPathEvaluator ours = new PropertyPathEvaluator();
        int same = 0;
        for (String expression : List.of("line", "line.title", "line.overdue", "line.flag.text", "line.next.title", "line.next.flag",
                "line.next.flag.text", "line.nope", "bean.name", "bean.active", "bean.aBc", "bean.ABc", "bean.explode",
                "kind", "kind.messageKey", "kind.name", "map.title", "map.empty", "text", "text.length", "text.bytes",
                "page.totalElements", "page.empty", "page.content", "day.year", "nothing", "nothing.title", "missing",
                "missing.title", " line.title ", "true", "null", "T", "line.title + '!'", "line?.title", "line.getTitle()",
                "line.overdue and true", "not line.overdue", "line.class", "line.class.name", "param", "session", "#dates")) {
            VariableExpression variable = new VariableExpression(expression);
            Throwable spelFailure = catchThrowable(() -> SPELVariableExpressionEvaluator.INSTANCE.evaluate(context, variable,
                    StandardExpressionExecutionContext.NORMAL));
            if (spelFailure != null) {
                assertThatThrownBy(() -> ours.evaluate(context, variable, StandardExpressionExecutionContext.NORMAL))
                        .as(expression).isInstanceOf(spelFailure.getClass());
                continue;
            }
            Object spel = SPELVariableExpressionEvaluator.INSTANCE.evaluate(context, variable, StandardExpressionExecutionContext.NORMAL);
            assertThat(ours.evaluate(context, variable, StandardExpressionExecutionContext.NORMAL)).as(expression).isEqualTo(spel);
            same++;
        }
        assertThat(same).isGreaterThan(25);
    }

    @Test
    void onlyPlainPathsOfOrdinaryNamesAreReadDirectly() {
        assertThat(PropertyPathEvaluator.parse("r.title")).containsExactly("r", "title");
        assertThat(PropertyPathEvaluator.parse("viewer.staff")).containsExactly("viewer", "staff");
        assertThat(PropertyPathEvaluator.parse("r.title()")).isEmpty();
        assertThat(PropertyPathEvaluator.parse("r?.title")).isEmpty();
        assertThat(PropertyPathEvaluator.parse("param.q")).isEmpty();
        assertThat(PropertyPathEvaluator.parse("true")).isEmpty();
        assertThat(PropertyPathEvaluator.parse("a.and")).isEmpty();
        assertThat(PropertyPathEvaluator.parse("@links.pager")).isEmpty();
    }
}
