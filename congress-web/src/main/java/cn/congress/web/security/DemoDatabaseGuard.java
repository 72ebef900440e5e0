package cn.congress.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo profile brings accounts with a published password. It therefore refuses to start against a database
 * that has accounts but was not filled by the demo loader (a production database, say) unless
 * {@code congress.demo.allow-existing-database=true} says that this is intended. Runs before the demo loader.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDatabaseGuard implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final boolean allowExisting;

    DemoDatabaseGuard(JdbcTemplate jdbc, @Value("${congress.demo.allow-existing-database:false}") boolean allowExisting) {
        this.jdbc = jdbc;
        this.allowExisting = allowExisting;
    }

    @Override
    public void run(ApplicationArguments args) {
        check();
    }

    void check() {
        long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);
        long demoRuns = jdbc.queryForObject("select count(*) from demo_data_run", Long.class);
        if (accounts > 0 && demoRuns == 0 && !allowExisting) {
            throw new IllegalStateException("演示配置（demo）拒绝在不是由演示数据创建的数据库上启动：该库已有 " + accounts
                    + " 个账户。若确属有意，请设置 congress.demo.allow-existing-database=true；生产环境请去掉 demo 配置。");
        }
    }
}
