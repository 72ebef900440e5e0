package cn.congress.web.support;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.FragmentExpression;
import org.thymeleaf.standard.expression.IStandardExpression;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Map;
import java.util.Set;

/**
 * The application's one custom attribute, {@code cg:kept="~{template :: selector(name=${value}, …)}"}: the element is
 * replaced by the fragment rendered with only the named values, once per distinct set of values
 * ({@link KeptFragments}). Used for a list's rows and a filter's choice options. The parameters must be named (the
 * fragment reads them by name, as its own variables). A bean call in a template for the same purpose
 * ({@code @choiceOptions.html(…)}) cost SpEL a method look-up on every use and had to be printed with {@code th:utext};
 * here the expression is Thymeleaf's own fragment expression and the rendering goes in as text not processed again.
 */
@Component
class CongressDialect extends AbstractProcessorDialect {

    static final String PREFIX = "cg";

    private final KeptFragments kept;

    CongressDialect(KeptFragments kept) {
        super("Congress", PREFIX, 1000);
        this.kept = kept;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new KeptProcessor(dialectPrefix, kept));
    }

    private static final class KeptProcessor extends AbstractAttributeTagProcessor {

        private final KeptFragments kept;

        KeptProcessor(String prefix, KeptFragments kept) {
            // after th:each, th:if and th:with (precedences 200, 300 and 600), which decide whether and with what it renders
            super(TemplateMode.HTML, prefix, null, false, "kept", true, 1100, true);
            this.kept = kept;
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName, String attributeValue,
                                 IElementTagStructureHandler structureHandler) {
            IStandardExpression expression = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue);
            if (!(expression instanceof FragmentExpression fragment) || fragment.hasSyntheticParameters()) {
                throw new IllegalArgumentException(PREFIX + ":kept needs a fragment expression with named parameters, not " + attributeValue);
            }
            FragmentExpression.ExecutedFragmentExpression executed = FragmentExpression.createExecutedFragmentExpression(context, fragment);
            Set<String> selectors = FragmentExpression.resolveFragments(executed);
            Map<String, Object> values = executed.getFragmentParameters();
            String html = kept.html(FragmentExpression.resolveTemplateName(executed), selectors == null ? Set.of() : selectors,
                    context.getLocale(), values == null ? Map.of() : values);
            structureHandler.replaceWith(html, false);
        }
    }
}
