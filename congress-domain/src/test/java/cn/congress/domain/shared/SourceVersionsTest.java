package cn.congress.domain.shared;

import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class SourceVersionsTest {

    @Autowired
    SourceVersions versions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aKeptValueIsComputedOnceUntilItsAreasVersionMoves() {
        jdbc.update("insert into page_source_version (area) values ('probe') on conflict do nothing");
        SourceVersions.Kept<String, String> kept = versions.keep("probe", 2);
        AtomicInteger computed = new AtomicInteger();

        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(kept.get("b", () -> "b" + computed.incrementAndGet())).as("each key its own value").isEqualTo("b2");

        jdbc.update("update page_source_version set version = version + 1 where area = 'probe'");
        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).as("a change seen at once").isEqualTo("a3");

        kept.get("c", () -> "c");
        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).as("past its bound the area starts again").isEqualTo("a4");
        assertThatThrownBy(() -> versions.of("no-such-area")).as("an area without its row is refused")
                .isInstanceOf(org.springframework.dao.EmptyResultDataAccessException.class);
    }

    @Test
    void aTransactionReadsAllAreasOnce() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        long before = versions.of("sessions");
        readOnly.executeWithoutResult(status -> {
            versions.of("suggestions");
            // another writer commits meanwhile (another connection): this transaction keeps what it read first, for
            // every area, so a dashboard's cards check all their areas with one statement
            CompletableFuture.runAsync(() -> jdbc.update("update page_source_version set version = version + 1 where area = 'sessions'")).join();
            assertThat(versions.of("sessions")).isEqualTo(before);
        });
        assertThat(versions.of("sessions")).as("outside a transaction each check reads afresh").isEqualTo(before + 1);
        readOnly.executeWithoutResult(status -> assertThat(versions.of("sessions")).as("a new transaction reads afresh").isEqualTo(before + 1));
    }

    @Test
    void aScopeOfReadsWithoutATransactionReadsTheVersionsOnceAndAfreshNextTime() {
        long before = versions.of("sessions");
        long seen = versions.readingOnce(() -> {
            versions.of("suggestions");
            CompletableFuture.runAsync(() -> jdbc.update("update page_source_version set version = version + 1 where area = 'sessions'")).join();
            // a card reading in a read-only transaction of its own inside the scope uses the scope's versions too
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            Long inItsOwn = readOnly.execute(status -> versions.of("sessions"));
            assertThat(inItsOwn).isEqualTo(before);
            return versions.of("sessions");
        });
        assertThat(seen).as("read once, at the first look-up").isEqualTo(before);
        assertThat(versions.<Long>readingOnce(() -> versions.of("sessions"))).as("the next scope reads afresh").isEqualTo(before + 1);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update page_source_version set version = version + 1 where area = 'sessions'");
            assertThat(versions.<Long>readingOnce(() -> versions.of("sessions")))
                    .as("inside a writing transaction a scope changes nothing: it sees its own change").isEqualTo(before + 2);
            status.setRollbackOnly();
        });
    }

    @Test
    void aTransactionThatMayHaveWrittenKeepsNothing() {
        jdbc.update("insert into page_source_version (area) values ('probe-write') on conflict do nothing");
        SourceVersions.Kept<String, String> kept = versions.keep("probe-write", 10);
        AtomicInteger computed = new AtomicInteger();
        assertThat(kept.get("a", () -> "before" + computed.incrementAndGet())).isEqualTo("before1");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(kept.get("a", () -> "unused")).as("nothing changed yet: the kept value").isEqualTo("before1");
            jdbc.update("update page_source_version set version = version + 1 where area = 'probe-write'");
            assertThat(kept.get("a", () -> "uncommitted" + computed.incrementAndGet()))
                    .as("the transaction sees its own change, not what was kept before it").isEqualTo("uncommitted2");
            status.setRollbackOnly();
        });
        assertThat(kept.get("a", () -> "committed" + computed.incrementAndGet()))
                .as("what a writing transaction read, maybe its own uncommitted change, is never served to others: after its rollback the value kept before it stands").isEqualTo("before1");
    }
}
