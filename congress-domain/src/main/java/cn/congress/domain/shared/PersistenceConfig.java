package cn.congress.domain.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

import java.time.Clock;
import java.util.Optional;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditorAware", dateTimeProviderRef = "auditingDateTimeProvider")
class PersistenceConfig {

    /** Static: a post-processor is created before the repositories it adjusts. */
    @Bean
    static LazyQueryEnhancers lazyQueryEnhancers() {
        return new LazyQueryEnhancers();
    }

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(Actor.current().username());
    }

    @Bean
    org.springframework.data.auditing.DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    Clock clock() {
        return new ApplicationClock(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
