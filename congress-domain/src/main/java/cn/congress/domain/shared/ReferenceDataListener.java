package cn.congress.domain.shared;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Listens on PostgreSQL's {@code reference_data} channel with one connection of its own and evicts what changed.
 * While the connection is down nothing is cached (a missed notification must never leave stale data).
 */
@Slf4j
@Component
@RequiredArgsConstructor
class ReferenceDataListener implements SmartLifecycle {

    static final String CHANNEL = "reference_data";

    private final DataSource dataSource;
    private final ReferenceData cache;
    private volatile Thread thread;
    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::listen, "reference-data-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("listen " + CHANNEL);
                }
                // Anything cached before the LISTEN took effect may predate a change we will never hear of.
                cache.listening(true);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            cache.evict(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (running) {
                    log.warn("Reference-data listener lost its connection ({}); retrying in 2 s", e.getMessage());
                    try {
                        Thread.sleep(2_000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
