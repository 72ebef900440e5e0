package cn.congress.web.support;

import cn.congress.domain.shared.Labeled;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Chinese label the pages ask for exists: enum labels and literal message keys in templates. */
@WebIntegrationTest
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    @Autowired
    MessageSource messages;

    @Test
    void everyLabeledEnumConstantHasAChineseLabel() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labeled.class));
        List<String> missing = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("cn.congress")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labeled) constant).getMessageKey();
                if (messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE) == null) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyWrittenInATemplateResolves() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = KEY.matcher(html);
            while (m.find()) {
                if (messages.getMessage(m.group(1), null, null, Locale.SIMPLIFIED_CHINESE) == null) {
                    missing.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** th:replace runs before th:if, so a conditional on the replaced element itself is silently ignored. */
    @Test
    void noElementIsBothConditionalAndReplaced() throws Exception {
        Pattern tag = Pattern.compile("<[^>]*\\bth:(if|unless)=[^>]*\\bth:(replace|insert)=[^>]*>|<[^>]*\\bth:(replace|insert)=[^>]*\\bth:(if|unless)=[^>]*>");
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            Matcher m = tag.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            boolean found = m.find();
            assertThat(found).as(template.getFilename() + (found ? ": " + m.group() : "")).isFalse();
        }
    }

    /** (Unescaped output is refused by {@code TemplateRulesTest}, which names the reviewed kept renderings.) */
    @Test
    void noTemplateLoadsFromTheInternet() throws Exception {
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(template.getFilename()).doesNotContainPattern("(src|href)=\"https?://");
        }
    }
}
