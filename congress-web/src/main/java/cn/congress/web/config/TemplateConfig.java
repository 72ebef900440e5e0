package cn.congress.web.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.templateresolver.ITemplateResolver;

import java.util.LinkedHashSet;
import java.util.Set;

@Configuration(proxyBeanMethods = false)
class TemplateConfig {

    /**
     * Boot's template engine with its Spring dialect replaced by one that evaluates plain property paths directly
     * ({@link PropertyPathEvaluator} says why), the dialect's settings and every other dialect as Boot made them; its
     * templates read without indentation ({@link UnindentedTemplates}); and
     * Boot's view resolver making views that render with a {@link TemplateRequest} (which says why).
     */
    @Bean
    static BeanPostProcessor templateEngineAndViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    Set<IDialect> dialects = new LinkedHashSet<>();
                    for (IDialect dialect : engine.getDialects()) {
                        dialects.add(dialect instanceof SpringStandardDialect spring && !(dialect instanceof PropertyPathDialect)
                                ? new PropertyPathDialect(spring) : dialect);
                    }
                    engine.setDialects(dialects);
                    Set<ITemplateResolver> resolvers = new LinkedHashSet<>();
                    for (ITemplateResolver resolver : engine.getTemplateResolvers()) {
                        resolvers.add(resolver instanceof UnindentedTemplates ? resolver : new UnindentedTemplates(resolver));
                    }
                    engine.setTemplateResolvers(resolvers);
                }
                if (bean instanceof ThymeleafViewResolver views) {
                    views.setViewClass(TemplateRequest.View.class);
                }
                return bean;
            }
        };
    }

    /** Thymeleaf's Spring dialect whose variable expressions go through {@link PropertyPathEvaluator} first. */
    static final class PropertyPathDialect extends SpringStandardDialect {

        private final PropertyPathEvaluator evaluator = new PropertyPathEvaluator();

        PropertyPathDialect(SpringStandardDialect settings) {
            setEnableSpringELCompiler(settings.getEnableSpringELCompiler());
            setRenderHiddenMarkersBeforeCheckboxes(settings.getRenderHiddenMarkersBeforeCheckboxes());
        }

        @Override
        public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
            return evaluator;
        }
    }
}
