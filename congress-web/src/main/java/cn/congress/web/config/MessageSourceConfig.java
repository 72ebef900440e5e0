package cn.congress.web.config;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every bundle under {@code messages/} is loaded: each feature keeps its labels in its own file
 * ({@code messages/deputies.properties} …), so features never edit a shared bundle. The interface is Chinese only,
 * so the bundles are merged into one map at start: a page's labels are then one hash look-up each, where a
 * {@code ResourceBundleMessageSource} asked every bundle (and its locale parents) in turn until one had the key.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfig {

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        Map<String, String> messages = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        for (Resource file : files) {
            String name = file.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Properties bundle = new Properties();
            try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (String key : bundle.stringPropertyNames()) {
                String before = origin.putIfAbsent(key, name);
                if (before != null && !before.equals(name)) {
                    throw new IllegalStateException("message key " + key + " is defined in both " + before + " and " + name);
                }
                messages.put(key, bundle.getProperty(key));
            }
        }
        return new MergedMessageSource(Map.copyOf(messages));
    }

    /** All labels in one map; message formats (for labels with arguments) built once per key and locale. */
    static final class MergedMessageSource extends AbstractMessageSource {

        private final Map<String, String> messages;
        private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

        MergedMessageSource(Map<String, String> messages) {
            this.messages = messages;
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return messages.get(code);
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            String message = messages.get(code);
            if (message == null) {
                return null;
            }
            // AbstractMessageSource formats under a lock on the MessageFormat, which is not thread-safe itself
            return formats.computeIfAbsent(code, c -> new ConcurrentHashMap<>()).computeIfAbsent(locale, l -> createMessageFormat(message, l));
        }
    }
}
