package cn.congress.deputies.roster;

import cn.congress.domain.shared.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roster's columns held encrypted (see {@link Deputy}'s phone). */
@Configuration(proxyBeanMethods = false)
class RosterEncryption {

    @Bean
    EncryptedColumns.Column deputyPhone() {
        return new EncryptedColumns.Column("deputy", "phone");
    }
}
