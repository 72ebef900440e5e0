package cn.congress.web;

import cn.congress.testsupport.SqlCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class WebTestConfig {

    /** Lets tests count the SQL statements a request runs (N+1 checks). */
    @Bean
    static BeanPostProcessor sqlCountingDataSource() {
        return SqlCounter.wrapDataSource();
    }
}
