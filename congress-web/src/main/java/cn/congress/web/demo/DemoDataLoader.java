package cn.congress.web.demo;

import cn.congress.domain.shared.SystemTask;
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

    /**
     * Runs before the application reports ready: until then {@code NotReadyFilter} answers every page with
     * "正在准备演示数据", so nobody sees the lists half filled.
     */
    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        List<String> loaded = loadAll();
        log.info("演示数据已就绪（{}，用时 {} ms），开始受理请求", loaded.isEmpty() ? "此前已载入" : "本次载入 " + String.join("、", loaded),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Returns the names loaded by this call. */
    public List<String> loadAll() {
        // Each contributor starts as the system, whatever the one before it left in the security context.
        return contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                .filter(c -> SystemTask.call(() -> loadOnce(c))).map(DemoDataContributor::name).toList();
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
