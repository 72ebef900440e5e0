package cn.congress.domain.account;

import cn.congress.domain.shared.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account columns held encrypted (see {@link UserAccount#getPhone()}). */
@Configuration(proxyBeanMethods = false)
class AccountEncryption {

    @Bean
    EncryptedColumns.Column userAccountPhone() {
        return new EncryptedColumns.Column("user_account", "phone");
    }
}
