package cn.congress.web.demo;

import cn.congress.web.WebIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DataSource dataSource;

    @Test
    void theDemoCityIsComplete() {
        assertThat(count("select count(*) from org_unit where type = 'GOVERNMENT_DEPARTMENT'")).isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from org_unit where type in ('WORKING_BODY', 'COMMITTEE_OFFICE', 'SPECIAL_COMMITTEE')")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from term where current")).isEqualTo(1);
        assertThat(count("select count(*) from deputy where card_number like 'SL17-%'")).isEqualTo(50);
        assertThat(count("select count(*) from delegation")).isEqualTo(6);
        assertThat(count("select count(distinct group_id) from deputy_group_member")).isGreaterThanOrEqualTo(6);
        for (String user : new String[]{"admin", "secadmin", "auditor", "staff", "member", "deputy", "unit", "appoint"}) {
            assertThat(count("select count(*) from user_account where username = '" + user + "' and not must_change_password")).as(user).isEqualTo(1);
        }
    }

    @Test
    void loadingTwiceDoesNotDuplicateAnything() {
        long accounts = count("select count(*) from user_account");
        long deputies = count("select count(*) from deputy");

        assertThat(loader.loadAll()).isEmpty();

        assertThat(count("select count(*) from user_account")).isEqualTo(accounts);
        assertThat(count("select count(*) from deputy")).isEqualTo(deputies);
    }

    @Test
    void theMigrationsBuildTheSchemaOnAnEmptyDatabase() throws Exception {
        String name = "congress_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        jdbc.execute("create database " + name + " template template0 encoding 'UTF8'");
        try {
            String url;
            try (Connection c = dataSource.getConnection()) {
                url = c.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            }
            var target = new DriverManagerDataSource(url, jdbc.queryForObject("select current_user", String.class), "postgres");
            var result = Flyway.configure().dataSource(target)
                    .locations("classpath:db/migration/domain", "classpath:db/migration/legislation",
                            "classpath:db/migration/oversight", "classpath:db/migration/deputies")
                    .load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
            assertThat(new JdbcTemplate(target).queryForObject("select count(*) from rule_value", Long.class)).isGreaterThan(30);
        } finally {
            jdbc.execute("drop database " + name + " with (force)");
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
