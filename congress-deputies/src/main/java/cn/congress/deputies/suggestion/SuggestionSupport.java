package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What every suggestion service needs: the record as the caller may see it, the clock, and the event bus. */
@Component
@RequiredArgsConstructor
class SuggestionSupport {

    static final String ATTACHMENT_OWNER = "suggestion";
    static final String ANSWER_ATTACHMENT_OWNER = "suggestion-answer";

    private final SuggestionRepository suggestions;
    private final SuggestionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuggestionAccess access() {
        return access;
    }

    SuggestionAccess.Asker asker() {
        return access.asker();
    }

    /** The suggestion if it exists and the caller may see it; 404 otherwise. */
    Suggestion visible(long id, SuggestionAccess.Asker a) {
        return access.visible(a, load(id));
    }

    /** The suggestion if the caller's unit handles it; 404 otherwise. */
    Suggestion handled(long id, SuggestionAccess.Asker a) {
        return access.handledByCaller(a, load(id));
    }

    Suggestion load(long id) {
        return suggestions.findWithHeader(id).orElseThrow(() -> new NotFoundException("建议", id));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new DomainException(message);
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
