package cn.congress.legislation.consultation;

import cn.congress.domain.shared.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The comment's contact is held encrypted (see {@link DraftComment}); plaintext from before is encrypted at start-up. */
@Configuration(proxyBeanMethods = false)
class CommentEncryption {

    @Bean
    EncryptedColumns.Column draftCommentContact() {
        return new EncryptedColumns.Column("draft_comment", "contact");
    }
}
