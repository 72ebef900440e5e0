package cn.congress.legislation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Boots congress-legislation with congress-domain for the module's integration tests. It lives in the module's own
 * package (not {@code cn.congress}) because congress-domain's test classes, on the test class path in a reactor
 * build, already hold a {@code @SpringBootApplication} there.
 */
@SpringBootApplication(scanBasePackages = {"cn.congress.domain", "cn.congress.legislation"})
@EntityScan({"cn.congress.domain", "cn.congress.legislation"})
@EnableJpaRepositories({"cn.congress.domain", "cn.congress.legislation"})
public class LegislationTestApplication {
}
