package cn.congress.web.legislation;

import cn.congress.domain.shared.Labeled;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/** Chinese labels of the legislation enums for exports (xlsx, docx), from the bundle the pages use. */
public final class LegislationLabels {

    private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasename("messages/legislation");
        BUNDLE.setDefaultEncoding("UTF-8");
        BUNDLE.setFallbackToSystemLocale(false);
    }

    private LegislationLabels() {
    }

    public static String label(Labeled value) {
        return value == null ? "" : BUNDLE.getMessage(value.getMessageKey(), null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }
}
