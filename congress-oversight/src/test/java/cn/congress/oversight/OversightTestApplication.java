package cn.congress.oversight;

import cn.congress.domain.deputy.DeputyDirectory;
import cn.congress.testsupport.SqlCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.util.List;
import java.util.Optional;

/**
 * Boots congress-oversight with congress-domain for the module's integration tests, on the shared test database
 * harness. It lives in the module's own package because congress-domain's test classes already hold a
 * {@code @SpringBootApplication} in {@code cn.congress}.
 */
@SpringBootApplication(scanBasePackages = {"cn.congress.domain", "cn.congress.oversight"})
@EntityScan({"cn.congress.domain", "cn.congress.oversight"})
@EnableJpaRepositories({"cn.congress.domain", "cn.congress.oversight"})
public class OversightTestApplication {

    /**
     * The roster as the deputies module would offer it, for the inspection-group tests: this module must not depend on
     * congress-deputies, so its tests name two deputies of their own.
     */
    @Bean
    DeputyDirectory testDeputyDirectory() {
        List<DeputyDirectory.DeputyRef> roster = List.of(new DeputyDirectory.DeputyRef(9_001, "测试代表甲", "测试代表团"),
                new DeputyDirectory.DeputyRef(9_002, "测试代表乙", "测试代表团"));
        return new DeputyDirectory() {
            @Override
            public List<DeputyRef> serving() {
                return roster;
            }

            @Override
            public Optional<DeputyRef> find(long deputyId) {
                return roster.stream().filter(d -> d.id() == deputyId).findFirst();
            }
        };
    }

    /** Statement counting for the N+1 checks of the list and dashboard queries. */
    @Bean
    static BeanPostProcessor countingDataSource() {
        return SqlCounter.wrapDataSource();
    }
}
