package cn.congress.oversight.plan;

import cn.congress.domain.shared.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A public proposer's contact is held encrypted (see {@link TopicProposal}); plaintext from before is encrypted at start-up. */
@Configuration(proxyBeanMethods = false)
class ProposalEncryption {

    @Bean
    EncryptedColumns.Column proposalContact() {
        return new EncryptedColumns.Column("oversight_proposal", "contact");
    }
}
