package cn.congress.web.config;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every bundle under {@code messages/} is loaded: each feature keeps its labels in its own file
 * ({@code messages/deputies.properties} …), so features never edit a shared bundle.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfig {

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        String[] basenames = Arrays.stream(files)
                .map(Resource::getFilename)
                .filter(name -> name != null && !name.contains("_"))
                .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                .distinct().sorted().toArray(String[]::new);
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return source;
    }
}
