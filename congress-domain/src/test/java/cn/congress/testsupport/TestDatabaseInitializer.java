package cn.congress.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Points a test's Spring context at the JVM's fresh {@link TestDatabase}. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("congressTestDatabase", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
        // Development keys for every module's tests (a module's own test properties win); production has none.
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("congressTestKeys", Map.of(
                "congress.security.keys.audit-hmac", "ZGV2LW9ubHktYXVkaXQtaG1hYy1rZXktMzJieXRlcyE=",
                "congress.security.keys.data", "ZGV2LW9ubHktZGF0YS1hZXMta2V5LTMyLWJ5dGVzISE=",
                "congress.audit.export-dir", System.getProperty("java.io.tmpdir") + "/congress-test-audit-export")));
    }
}
