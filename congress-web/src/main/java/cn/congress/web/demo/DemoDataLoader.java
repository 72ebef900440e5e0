package cn.congress.web.demo;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Comparator;
import java.util.List;

/**
 * Loads every contributor that has not been loaded yet. The marker row is claimed in the contributor's own
 * transaction, so two instances starting together load it once, and a failure leaves nothing half-loaded.
 */
@Slf4j
@Component
@Profile("demo")
@RequiredArgsConstructor
public class DemoDataLoader implements ApplicationRunner {

    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    @Override
    public void run(ApplicationArguments args) {
        loadAll();
    }

    /** Returns the names loaded by this call. */
    public List<String> loadAll() {
        return contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                .filter(this::loadOnce).map(DemoDataContributor::name).toList();
    }

    private boolean loadOnce(DemoDataContributor contributor) {
        Boolean loaded = transactions.execute(status -> {
            int claimed = jdbc.update("insert into demo_data_run (name, loaded_at) values (?, now()) on conflict do nothing",
                    contributor.name());
            if (claimed == 0) {
                return false;
            }
            long started = System.nanoTime();
            contributor.load();
            log.info("Demo data '{}' loaded in {} ms", contributor.name(), (System.nanoTime() - started) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }
}
