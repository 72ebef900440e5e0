package cn.congress.oversight;

import cn.congress.testsupport.SqlCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Boots congress-oversight with congress-domain for the module's integration tests, on the shared test database
 * harness. It lives in the module's own package because congress-domain's test classes already hold a
 * {@code @SpringBootApplication} in {@code cn.congress}.
 */
@SpringBootApplication(scanBasePackages = {"cn.congress.domain", "cn.congress.oversight"})
@EntityScan({"cn.congress.domain", "cn.congress.oversight"})
@EnableJpaRepositories({"cn.congress.domain", "cn.congress.oversight"})
public class OversightTestApplication {

    /** Statement counting for the N+1 checks of the list and dashboard queries. */
    @Bean
    static BeanPostProcessor countingDataSource() {
        return SqlCounter.wrapDataSource();
    }
}
