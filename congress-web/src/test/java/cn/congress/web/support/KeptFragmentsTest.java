package cn.congress.web.support;

import cn.congress.web.WebIntegrationTest;
import cn.congress.web.suggestion.SuggestionListLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kept fragments are Thymeleaf's escaped rendering of their values alone, found again by equal values. */
@WebIntegrationTest
class KeptFragmentsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired KeptFragments kept;
    @Autowired SpringTemplateEngine templates;

    private String options(List<Choice> items, String current) {
        return kept.html("fragments/filter", Set.of("choice-options"), ZH, Map.of("items", items, "current", current));
    }

    @Test
    void optionsAreEscapedAndTheCurrentOneSelected() {
        List<Choice> items = List.of(new Choice("1", "市发展改革委"), new Choice("2", "<script>alert('x')</script> & 公司"));

        String none = options(items, "");
        String second = options(items, "2");

        assertThat(none).contains("<option value=\"1\">市发展改革委</option>").doesNotContain("selected")
                .doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 公司");
        assertThat(second).contains("<option value=\"2\" selected=\"selected\">");
        assertThat(second).doesNotContain("<option value=\"1\" selected");
    }

    @Test
    void equalValuesFindTheirRenderingAndAChangedListIsRenderedAgain() {
        List<Choice> items = new ArrayList<>(List.of(new Choice("7", "甲"), new Choice("8", "乙")));
        String first = options(items, "7");
        assertThat(options(new ArrayList<>(items), "7")).isSameAs(first);

        items.add(new Choice("9", "丙"));
        assertThat(options(items, "7")).as("the list was copied into the key, the change is a new key").contains("丙");
        assertThat(options(List.of(new Choice("7", "甲"), new Choice("8", "乙")), "7")).isSameAs(first);
    }

    @Test
    void theAttributeReplacesItsElementWithTheRendering() {
        List<Choice> items = List.of(new Choice("1", "甲"), new Choice("2", "乙 & 丙"));
        String html = templates.process("fragments/filter", Set.of("select"), new Context(ZH,
                Map.of("name", "unit", "label", "单位", "items", items, "choices", true, "selected", 2L)));

        assertThat(html).contains("<option value=\"1\">甲</option><option value=\"2\" selected=\"selected\">乙 &amp; 丙</option>")
                .doesNotContain("cg:");
    }

    @Test
    void aSuggestionRowIsAFunctionOfItsLineAlone() {
        SuggestionListLine line = new SuggestionListLine("/suggestions/5", "2026年第5号", "<b>加装电梯</b>",
                List.of(new SuggestionListLine.Badge("重点督办", "badge text-bg-danger")), "张三", "第一代表团", "城乡建设", "—",
                List.of(new SuggestionListLine.Badge("办理中", "badge text-bg-primary")), "2026年12月1日", "table-warning");

        String html = kept.html("suggestions/list-line", Set.of("line"), ZH, Map.of("r", line));

        assertThat(html).startsWith("<tr class=\"table-warning\">").contains("<a href=\"/suggestions/5\">&lt;b&gt;加装电梯&lt;/b&gt;</a>")
                .contains("<span class=\"badge text-bg-danger\">重点督办</span>").contains("2026年12月1日");
        assertThat(kept.html("suggestions/list-line", Set.of("line"), ZH, Map.of("r", line))).isSameAs(html);
        assertThatThrownBy(() -> kept.html("suggestions/list-line", Set.of("line"), ZH, Map.of()))
                .as("without its value the fragment finds nothing else to read").isInstanceOf(TemplateProcessingException.class);
    }

    @Test
    void onlyValuesAreKept() {
        Object entityLike = new Object();
        assertThatThrownBy(() -> kept.html("suggestions/list-line", Set.of("line"), ZH, Map.of("r", entityLike)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a value");
        assertThatThrownBy(() -> kept.html("fragments/filter", Set.of("choice-options"), ZH, Map.of("items", List.of(entityLike), "current", "")))
                .as("the elements of a list too").isInstanceOf(IllegalArgumentException.class);
    }
}
