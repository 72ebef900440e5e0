package cn.congress.domain.account;

import cn.congress.domain.shared.EncryptedColumns;
import cn.congress.domain.shared.FieldCipher;
import cn.congress.domain.shared.PersonalData;
import cn.congress.domain.shared.SystemTask;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 / C35: phone numbers are AES-GCM ciphertext in the database, readable only with the configured key. */
@CongressTest
class FieldEncryptionTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EncryptedColumns encryptedColumns;
    @Autowired
    FieldCipher cipher;

    @Test
    void aPhoneIsCiphertextInTheDatabaseAndPlainOnlyThroughTheApplication() {
        long id = SystemTask.call(() -> accounts.create("crypto.user", null,
                new AccountService.AccountDetails("加密测试", null, "13812345678"))).account().getId();

        String raw = jdbc.queryForObject("select phone from user_account where id = ?", String.class, id);
        assertThat(raw).startsWith("v1:").doesNotContain("13812345678").doesNotContain("5678");
        assertThat(SystemTask.call(() -> accounts.get(id)).getPhone()).isEqualTo("13812345678");
        // The same number twice gives two different ciphertexts (a fresh nonce each time): no equality leak.
        assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));

        String audit = String.join(" ", jdbc.queryForList("select coalesce(after_value::text, '') from audit_entry "
                + "where target_type = 'UserAccount' and target_id = ?", String.class, String.valueOf(id)));
        assertThat(audit).doesNotContain("13812345678").doesNotContain("v1:");
    }

    @Test
    void aValueChangedInTheDatabaseFailsToDecryptInsteadOfBecomingAnotherNumber() {
        long id = SystemTask.call(() -> accounts.create("crypto.tamper", null,
                new AccountService.AccountDetails("篡改测试", null, "13900001234"))).account().getId();
        String raw = jdbc.queryForObject("select phone from user_account where id = ?", String.class, id);
        char last = raw.charAt(raw.length() - 3);
        String tampered = raw.substring(0, raw.length() - 3) + (last == 'A' ? 'B' : 'A') + raw.substring(raw.length() - 2);
        jdbc.update("update user_account set phone = ? where id = ?", tampered, id);
        try {
            assertThatThrownBy(() -> SystemTask.call(() -> accounts.get(id)))
                    .rootCause().hasMessageContaining("Tag mismatch");
        } finally {
            jdbc.update("update user_account set phone = ? where id = ?", raw, id);
        }
        assertThat(SystemTask.call(() -> accounts.get(id)).getPhone()).isEqualTo("13900001234");
    }

    @Test
    void plaintextFromBeforeEncryptionIsEncryptedAtStartUp() {
        long id = SystemTask.call(() -> accounts.create("crypto.legacy", null,
                new AccountService.AccountDetails("旧数据", null, null))).account().getId();
        jdbc.update("update user_account set phone = '13700007777' where id = ?", id);
        assertThat(SystemTask.call(() -> accounts.get(id)).getPhone()).as("readable before the run").isEqualTo("13700007777");

        assertThat(encryptedColumns.encrypt(new EncryptedColumns.Column("user_account", "phone"))).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select phone from user_account where id = ?", String.class, id)).startsWith("v1:");
        assertThat(SystemTask.call(() -> accounts.get(id)).getPhone()).isEqualTo("13700007777");
        assertThat(jdbc.queryForObject("select count(*) from user_account where phone not like 'v1:%'", Long.class)).isZero();
    }

    @Test
    void listsAndExportsShowAMaskedNumber() {
        assertThat(PersonalData.maskPhone("13812341234")).isEqualTo("138****1234");
        assertThat(PersonalData.maskPhone("12345")).isEqualTo("****");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }
}
