package cn.congress.web.demo;

import cn.congress.deputies.suggestion.SuggestionGenerator;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A large demo: start with {@code --congress.demo.generate-suggestions=100000} (demo profile) and the database gets
 * that many generated suggestions once, after the regular demo data. Without the property nothing is generated.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class SuggestionVolumeDemo implements DemoDataContributor {

    private final SuggestionGenerator generator;

    @Value("${congress.demo.generate-suggestions:0}")
    private int count;

    @Override
    public String name() {
        return "suggestion-volume-" + count;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        if (count > 0) {
            long started = System.nanoTime();
            long total = generator.generate(count);
            log.info("Generated {} suggestions in {} ms ({} in total)", count, (System.nanoTime() - started) / 1_000_000, total);
        }
    }
}
