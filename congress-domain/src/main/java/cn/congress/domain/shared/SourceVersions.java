package cn.congress.domain.shared;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values worked out from many rows, reused while those rows are unchanged. Each area names a set of source tables
 * whose statement triggers bump the area's row in {@code page_source_version} in every transaction that changes one of
 * them (migrations {@code V2026_12_02_1000} ff.), so a reader that checks the version with one primary-key look-up
 * sees a change exactly when it commits, on every instance, whoever wrote it and by whatever path. A row, not a
 * sequence: a sequence moves before the commit, and a value read from the old data could be kept under the new
 * version.
 * <p>
 * All areas are read in one statement, once per read-only transaction or {@link #readingOnce} scope: a dashboard whose
 * cards keep their values in several areas checks them all with one look-up. Values are kept only by readers that
 * cannot have changed the data themselves (a read-only transaction or none): a writing transaction sees its own
 * version bump before it commits, and a value it kept under that version would be seen by others before the commit,
 * or after a rollback under a version the next change reuses.
 */
@Component
public class SourceVersions {

    private final JdbcTemplate jdbc;

    public SourceVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The area's current version; read it before the data, so that a value is never older than the version it is kept under. */
    public long of(String area) {
        Map<String, Long> all = readAll();
        Long version = all.get(area);
        if (version == null) {
            // an area without its row is a missing migration: fail rather than keep values under a version that never moves
            throw new EmptyResultDataAccessException("no page_source_version row for area " + area, 1);
        }
        return version;
    }

    /**
     * Every area's version, read once per read-only transaction or {@link #readingOnce} scope (the first reading binds
     * them until the transaction completes or the scope ends). A writing transaction reads afresh each time: it must
     * see its own bumps, or it would be given values kept before its own change.
     */
    private Map<String, Long> readAll() {
        if (!readsCommittedDataOnly()) {
            return query();
        }
        ReadOnce once = (ReadOnce) TransactionSynchronizationManager.getResource(this);
        if (once == null && TransactionSynchronizationManager.isSynchronizationActive() && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            once = new ReadOnce();
            TransactionSynchronizationManager.bindResource(this, once);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SourceVersions.this);
                }
            });
        }
        if (once == null) {
            return query();
        }
        if (once.versions == null) {
            once.versions = query();
        }
        return once.versions;
    }

    private Map<String, Long> query() {
        Map<String, Long> all = new HashMap<>();
        jdbc.query("select area, version from page_source_version", rs -> {
            all.put(rs.getString(1), rs.getLong(2));
        });
        return all;
    }

    /**
     * Runs {@code reads}, outside any transaction, with every area's version read at most once: at the first kept value
     * looked up, before that value's data. For a page of independent reads, each its own statement or transaction (a
     * dashboard's cards), which would otherwise check the versions once per card. Safe without a common snapshot:
     * every read comes after the versions, so a value computed from newer data is kept under an older version at worst,
     * and is computed again when a reader sees the newer one; never the other way round.
     */
    public <T> T readingOnce(Supplier<T> reads) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || TransactionSynchronizationManager.hasResource(this)) {
            return reads.get();
        }
        TransactionSynchronizationManager.bindResource(this, new ReadOnce());
        try {
            return reads.get();
        } finally {
            TransactionSynchronizationManager.unbindResource(this);
        }
    }

    /** The versions of a read-only transaction or a {@link #readingOnce} scope, read when first needed. */
    private static final class ReadOnce {
        private Map<String, Long> versions;
    }

    /** Whether a value read now may be kept: not in a transaction that may have changed the data it reads. */
    private static boolean readsCommittedDataOnly() {
        return !TransactionSynchronizationManager.isActualTransactionActive() || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Values of one area by key, at most {@code maxEntries} (past it the area starts again). */
    public <K, V> Kept<K, V> keep(String area, int maxEntries) {
        return new Kept<>(this, area, maxEntries);
    }

    /** The values kept for an area; a value is computed again once the area's version moved. */
    public static final class Kept<K, V> {

        private record Entry<V>(long version, V value) {
        }

        private final SourceVersions versions;
        private final String area;
        private final int maxEntries;
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        private Kept(SourceVersions versions, String area, int maxEntries) {
            this.versions = versions;
            this.area = area;
            this.maxEntries = maxEntries;
        }

        /** The value for the key, computed by {@code compute} (which must read only the area's tables) unless kept at the current version. */
        public V get(K key, Supplier<V> compute) {
            long version = versions.of(area);
            Entry<V> kept = entries.get(key);
            if (kept != null && kept.version() == version) {
                return kept.value();
            }
            V value = compute.get();
            if (!readsCommittedDataOnly()) {
                return value;
            }
            if (kept == null && entries.size() >= maxEntries) {
                entries.clear();
            }
            // a slower reader of an older version must not replace what a reader of a newer one kept
            entries.merge(key, new Entry<>(version, value), (present, mine) -> mine.version() >= present.version() ? mine : present);
            return value;
        }
    }
}
