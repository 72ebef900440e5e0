package cn.congress.web.support;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept choice options are Thymeleaf's escaped rendering, with the current value selected. */
@WebIntegrationTest
class ChoiceOptionsTest {

    @Autowired ChoiceOptions options;
    @Autowired SpringTemplateEngine templates;

    @Test
    void optionsAreEscapedAndTheCurrentOneSelected() {
        List<Choice> items = List.of(new Choice("1", "市发展改革委"), new Choice("2", "<script>alert('x')</script> & 公司"));

        String none = options.html(items, null);
        String second = options.html(items, "2");

        assertThat(none).contains("<option value=\"1\">市发展改革委</option>").doesNotContain("selected")
                .doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 公司");
        assertThat(second).contains("<option value=\"2\" selected=\"selected\">");
        assertThat(second).doesNotContain("<option value=\"1\" selected");
        assertThat(options.html(items, "no-such-value")).as("a value none of the options has").isSameAs(none);
    }

    @Test
    void aListWithTheSameOptionsFindsItsRenderingAndAChangedListIsRenderedAgain() {
        List<Choice> items = new ArrayList<>(List.of(new Choice("7", "甲"), new Choice("8", "乙")));
        String first = options.html(items, "7");
        assertThat(options.html(new ArrayList<>(items), "7")).isSameAs(first);

        items.add(new Choice("9", "丙"));
        assertThat(options.html(items, "7")).contains("丙");
    }

    @Test
    void theAttributePutsTheKeptOptionsInAsTheBody() {
        List<Choice> items = List.of(new Choice("1", "甲"), new Choice("2", "乙 & 丙"));
        String html = templates.process("fragments/filter", java.util.Set.of("select"), new Context(java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.Map.of("name", "unit", "label", "单位", "items", items, "choices", true, "selected", 2L)));

        assertThat(html).contains("<option value=\"1\">甲</option><option value=\"2\" selected=\"selected\">乙 &amp; 丙</option>")
                .doesNotContain("cg:");
    }
}
