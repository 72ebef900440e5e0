package cn.congress.domain.shared;

import cn.congress.domain.rules.Rules;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@CongressTest
class ReferenceDataTest {

    @Autowired
    ReferenceData referenceData;
    @Autowired
    Rules rules;
    @Autowired
    JdbcTemplate jdbc;

    /** The listener connects in the background at start-up; until it listens nothing is cached. */
    @BeforeEach
    void listenerIsListening() {
        await(referenceData::isListening);
    }

    @Test
    void aCachedValueIsLoadedOnceUntilItsTableChanges() {
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThat(referenceData.get("reference_probe", "k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        }
        referenceData.changed("reference_probe");
        assertThat(referenceData.get("reference_probe", "k", () -> "v" + loads.incrementAndGet())).isEqualTo("v2");
    }

    @Test
    void aRuleChangedBehindTheApplicationsBackReachesTheCacheThroughTheDatabasesNotification() {
        String key = "docno.prefix.sc";
        String before = rules.text(key);
        String changed = before + "X";
        jdbc.update("update rule_value set rule_value = ? where rule_key = ? and rule_value = ?", changed, key, before);
        try {
            await(() -> rules.text(key).equals(changed));
            assertThat(rules.text(key)).isEqualTo(changed);
        } finally {
            jdbc.update("update rule_value set rule_value = ? where rule_key = ? and rule_value = ?", before, key, changed);
        }
    }

    /** Waits for something that another thread brings about, checking every few milliseconds, at most 10 s. */
    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
