package cn.congress.domain.shared;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reference data every page reads (rules in force, organisation units, delegations) kept in memory, so that the
 * header and the filters of a page cost no query. An entry is dropped on every instance whenever its table changes:
 * a statement trigger on each table sends {@code NOTIFY reference_data, '<table>'} (whoever writes, by whatever
 * path, and only when the transaction commits), and {@link ReferenceDataListener} evicts on receipt.
 * <p>A loader runs in a read-only transaction of its own (or the caller's), so the accessors that read through here
 * need none: a page that finds its reference data kept opens no transaction for it.
 */
@Component
public class ReferenceData {

    private final TransactionTemplate readOnly;

    public ReferenceData(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One entry per table name: a loader's value, keyed by what the caller asked for. */
    private final Map<String, Map<Object, Object>> byTable = new ConcurrentHashMap<>();

    /** True while the listener hears every change; until then (and after it loses its connection) nothing is kept. */
    private volatile boolean listening;

    /**
     * The value cached for {@code key} of data read from {@code table}, loaded by {@code loader} when absent.
     * The loader must read only that table (a change elsewhere would not evict it) and return an immutable value.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String table, Object key, Supplier<T> loader) {
        if (!listening) {
            return load(loader);
        }
        Map<Object, Object> entries = byTable.computeIfAbsent(table, t -> new ConcurrentHashMap<>());
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        T loaded = load(loader);
        // Put only if the table's map is still the one we read from: an eviction during the load wins.
        if (loaded != null && byTable.get(table) == entries) {
            entries.putIfAbsent(key, loaded);
        }
        return loaded;
    }

    private <T> T load(Supplier<T> loader) {
        return readOnly.execute(status -> loader.get());
    }

    /**
     * This instance changed the table: drop its entries now and again when the transaction commits, so the next read
     * here sees the change at once (other instances hear of it through the trigger's notification).
     */
    public void changed(String table) {
        evict(table);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(table);
                }
            });
        }
    }

    /** Drops what was read from the table (called on a notification). */
    public void evict(String table) {
        byTable.remove(table);
    }

    boolean isListening() {
        return listening;
    }

    /** The listener starts or stops hearing changes: either way, what is cached may predate a missed change. */
    void listening(boolean listening) {
        this.listening = listening;
        byTable.clear();
    }
}
