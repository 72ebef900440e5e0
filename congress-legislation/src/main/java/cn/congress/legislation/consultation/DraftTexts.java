package cn.congress.legislation.consultation;

import cn.congress.legislation.text.LegalText;
import cn.congress.legislation.text.LegalTextParser;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parsed text of each consultation. The text is fixed when the consultation opens, so it is parsed once per
 * instance: the public draft page is the busiest page of a national consultation.
 */
@Component
class DraftTexts {

    private static final int MAX_CACHED = 200;
    private final Map<Long, LegalText> parsed = new ConcurrentHashMap<>();

    LegalText of(Consultation c) {
        LegalText text = parsed.get(c.getId());
        if (text == null) {
            text = LegalTextParser.parse(c.getDraftText());
            if (parsed.size() >= MAX_CACHED) {
                parsed.clear();
            }
            parsed.put(c.getId(), text);
        }
        return text;
    }
}
