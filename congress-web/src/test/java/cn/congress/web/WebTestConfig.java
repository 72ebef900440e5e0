package cn.congress.web;

import cn.congress.testsupport.SqlCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class WebTestConfig {

    /** Every page of every web test is checked for entities in its model. */
    @Bean
    org.springframework.web.servlet.config.annotation.WebMvcConfigurer entityFreeModels() {
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(new EntityFreeModels());
            }
        };
    }

    /** Lets tests count the SQL statements a request runs (N+1 checks). */
    @Bean
    static BeanPostProcessor sqlCountingDataSource() {
        return SqlCounter.wrapDataSource();
    }
}
