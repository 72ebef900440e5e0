package cn.congress.deputies;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Boots congress-deputies with congress-domain for the module's integration tests. It lives in the module's own
 * package (not {@code cn.congress}) because congress-domain's test classes, on the test class path in a reactor
 * build, already hold a {@code @SpringBootApplication} there.
 */
@SpringBootApplication(scanBasePackages = {"cn.congress.domain", "cn.congress.deputies"})
@EntityScan({"cn.congress.domain", "cn.congress.deputies"})
@EnableJpaRepositories({"cn.congress.domain", "cn.congress.deputies"})
public class DeputiesTestApplication {

    /** Counts statements for the read-model tests. */
    @org.springframework.context.annotation.Bean
    static org.springframework.beans.factory.config.BeanPostProcessor sqlCounter() {
        return cn.congress.testsupport.SqlCounter.wrapDataSource();
    }
}
