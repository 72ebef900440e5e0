package cn.congress.web.config;

import cn.congress.web.support.FormTokenInterceptor;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import java.util.Locale;

@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class WebConfig implements WebMvcConfigurer {

    private final FormTokenInterceptor formTokenInterceptor;

    /** The interface is Simplified Chinese whatever the browser asks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
    }

    /** Validation messages ({@code {key}}) come from the same bundles as the pages. */
    @Bean
    LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        return validator;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(formTokenInterceptor);
    }
}
