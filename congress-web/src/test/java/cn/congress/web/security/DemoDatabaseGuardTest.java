package cn.congress.web.security;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo profile starts on the database it filled itself, and refuses one that it did not (checklist S01). */
@WebIntegrationTest
class DemoDatabaseGuardTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoProfileRefusesADatabaseWithAccountsThatItDidNotCreateUnlessAllowed() {
        assertThatCode(() -> new DemoDatabaseGuard(jdbc, false).check()).doesNotThrowAnyException();
        transactions.executeWithoutResult(status -> {
            // A production database: accounts, but no demo run. Rolled back afterwards.
            jdbc.update("delete from demo_data_run");
            assertThatThrownBy(() -> new DemoDatabaseGuard(jdbc, false).check()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("allow-existing-database");
            assertThatCode(() -> new DemoDatabaseGuard(jdbc, true).check()).doesNotThrowAnyException();
            status.setRollbackOnly();
        });
    }
}
