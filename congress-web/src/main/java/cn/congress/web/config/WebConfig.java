package cn.congress.web.config;

import cn.congress.web.home.LayoutModel;
import cn.congress.web.support.FormTokenInterceptor;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.Locale;

@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class WebConfig implements WebMvcConfigurer {

    private final FormTokenInterceptor formTokenInterceptor;
    private final LayoutModel layoutModel;

    /** The interface is Simplified Chinese whatever the browser asks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Handler lookup that skips mappings by their patterns' literal start first, and record model attributes built with
     * their constructor worked out once (the classes say why).
     */
    @Bean
    WebMvcRegistrations fasterHandlerLookupAndBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RecordAttributeHandlerAdapter();
            }
        };
    }

    /** Validation messages ({@code {key}}) come from the same bundles as the pages. */
    @Bean
    LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        return validator;
    }

    /**
     * Static files under their own prefixes only. Boot's default {@code /**} resource mapping made every link that
     * a page renders ({@code @{/suggestions/42}}) a classpath lookup in four static folders inside the nested jar,
     * uncached because nothing is found; with no catch-all pattern a link that is not a static file costs nothing.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        for (String folder : new String[]{"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(week).resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(week).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(formTokenInterceptor);
        registry.addInterceptor(layoutModel);
    }
}
