package cn.congress.legislation.consultation;

import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The development SMS gateway: the message, verification code included, goes to the log instead of a phone. */
@Slf4j
class LoggingSmsGateway implements SmsGateway {

    @Override
    public void send(String phone, String message) {
        log.info("短信（开发环境，未实际发送）至 {}：{}", phone, message);
    }

    @Configuration
    static class Fallback {

        @Bean
        @ConditionalOnMissingBean(SmsGateway.class)
        SmsGateway loggingSmsGateway() {
            return new LoggingSmsGateway();
        }
    }
}
