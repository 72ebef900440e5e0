package cn.congress.web.support;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.IStandardExpressionParser;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Set;

/**
 * {@code cg:options="${items}" cg:selected="${current}"}: the element's body becomes the {@code <option>}s of a
 * {@link Choice} list with the current value selected, as {@link ChoiceOptions} keeps them. Used by
 * {@code fragments/filter :: select(…, choices=true)}. A bean call in a template ({@code @choiceOptions.html(…)})
 * cost SpEL a method look-up on every use, the arguments' types changing from one select to the next, and the
 * result then had to be printed unescaped; here the two expressions are plain paths and the options go in as the
 * element's body, not processed again.
 */
@Component
class ChoiceOptionsDialect extends AbstractProcessorDialect {

    static final String PREFIX = "cg";

    private final ChoiceOptions options;

    ChoiceOptionsDialect(ChoiceOptions options) {
        super("Congress", PREFIX, 1000);
        this.options = options;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new OptionsProcessor(dialectPrefix, options));
    }

    private static final class OptionsProcessor extends AbstractAttributeTagProcessor {

        private final ChoiceOptions options;
        private final String selectedAttribute;

        OptionsProcessor(String prefix, ChoiceOptions options) {
            // after th:if and th:with (precedences 300 and 600), which decide whether and with what the options render
            super(TemplateMode.HTML, prefix, null, false, "options", true, 1100, true);
            this.options = options;
            this.selectedAttribute = prefix + ":selected";
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName, String attributeValue,
                                 IElementTagStructureHandler structureHandler) {
            IStandardExpressionParser parser = StandardExpressions.getExpressionParser(context.getConfiguration());
            Object items = parser.parseExpression(context, attributeValue).execute(context);
            String selectedExpression = tag.getAttributeValue(selectedAttribute);
            Object selected = selectedExpression == null ? null : parser.parseExpression(context, selectedExpression).execute(context);
            structureHandler.removeAttribute(selectedAttribute);
            if (!(items instanceof Iterable<?> list)) {
                throw new IllegalArgumentException(PREFIX + ":options needs a list of Choice, not " + items);
            }
            @SuppressWarnings("unchecked")
            Iterable<Choice> choices = (Iterable<Choice>) list;
            structureHandler.setBody(options.html(choices, selected == null ? null : selected.toString()), false);
        }
    }
}
