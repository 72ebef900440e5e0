package cn.congress.deputies;

import cn.congress.testsupport.SqlCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Boots congress-deputies with congress-domain for the module's integration tests (the shape of congress-legislation's
 * test application). It lives in the module's own package because congress-domain's test classes already hold a
 * {@code @SpringBootApplication} in {@code cn.congress}. Statements are counted ({@link SqlCounter}).
 */
@SpringBootApplication(scanBasePackages = {"cn.congress.domain", "cn.congress.deputies"})
@EntityScan({"cn.congress.domain", "cn.congress.deputies"})
@EnableJpaRepositories({"cn.congress.domain", "cn.congress.deputies"})
public class DeputiesTestApplication {

    @Bean
    static BeanPostProcessor countedDataSource() {
        return SqlCounter.wrapDataSource();
    }
}
