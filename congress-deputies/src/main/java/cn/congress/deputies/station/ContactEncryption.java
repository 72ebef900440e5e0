package cn.congress.deputies.station;

import cn.congress.domain.shared.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Residents' and stations' contact columns held encrypted (issue 9): plaintext rows from before are encrypted at
 * start-up. Kept with the stations because opinions, cases and stations share this package's read side; the
 * livelihood proposer's phone is listed here too, so that every resident contact column is in one place.
 */
@Configuration(proxyBeanMethods = false)
class ContactEncryption {

    @Bean
    EncryptedColumns.Column opinionResidentContact() {
        return new EncryptedColumns.Column("constituent_opinion", "resident_contact");
    }

    @Bean
    EncryptedColumns.Column serviceCasePartyContact() {
        return new EncryptedColumns.Column("service_case", "party_contact");
    }

    @Bean
    EncryptedColumns.Column livelihoodProposerPhone() {
        return new EncryptedColumns.Column("livelihood_project", "contact_phone");
    }

    @Bean
    EncryptedColumns.Column stationContactPhone() {
        return new EncryptedColumns.Column("liaison_station", "contact_phone");
    }
}
