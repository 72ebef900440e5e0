package cn.congress.web.security;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9 / C35, C41: a deputy's phone is ciphertext in the database, masked in the roster list, the profile and the
 * export, and shown in full only when staff ask for it, which the audit log records.
 */
@WebIntegrationTest
class PersonalDataWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aDeputysPhoneIsEncryptedMaskedAndRevealedOnlyOnRequestWithAnAuditEntry() throws Exception {
        long id = jdbc.queryForObject("select id from deputy where card_number = 'SL17-012'", Long.class);
        long version = jdbc.queryForObject("select version from deputy where id = ?", Long.class, id);
        String name = jdbc.queryForObject("select name from deputy where id = ?", String.class, id);
        String delegation = jdbc.queryForObject("select g.name from deputy d join delegation g on g.id = d.delegation_id where d.id = ?", String.class, id);
        String gender = jdbc.queryForObject("select gender from deputy where id = ?", String.class, id);
        String status = jdbc.queryForObject("select status from deputy where id = ?", String.class, id);
        var edit = post("/deputies/" + id + "/edit").with(Logins.as(users, "staff2")).with(csrf()).param("name", name).param("gender", gender)
                .param("delegation", delegation).param("status", status).param("cardNumber", "SL17-012").param("phone", "13800000099")
                .param("version", String.valueOf(version));
        mvc.perform(edit).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select phone from deputy where id = ?", String.class, id)).startsWith("v1:").doesNotContain("0099");

        String list = mvc.perform(get("/deputies").param("q", name).with(Logins.as(users, "staff2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("138****0099").doesNotContain("13800000099");

        String profile = mvc.perform(get("/deputies/" + id).with(Logins.as(users, "staff2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(profile).contains("138****0099").doesNotContain("13800000099").contains("/deputies/" + id + "/phone");

        MvcResult started = mvc.perform(get("/deputies/export").with(Logins.as(users, "staff2"))).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("138****0099").doesNotContain("13800000099");
        }
        // The export itself is audited: who, which file, how many rows.
        assertThat(jdbc.queryForList("select summary from audit_entry where action = 'EXPORT' and actor_username = 'staff2'", String.class))
                .anyMatch(summary -> summary.contains("代表名册") && summary.matches(".*共 \\d+ 行.*"));

        long views = jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONAL_DATA_VIEW' and target_type = 'Deputy' "
                + "and target_id = ?", Long.class, String.valueOf(id));
        String revealed = mvc.perform(post("/deputies/" + id + "/phone").with(Logins.as(users, "staff2")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).contains("13800000099");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONAL_DATA_VIEW' and target_type = 'Deputy' "
                + "and target_id = ? and actor_username = 'staff2'", Long.class, String.valueOf(id))).isEqualTo(views + 1);

        // Nobody else asks for it: a deputy is refused.
        mvc.perform(post("/deputies/" + id + "/phone").with(Logins.as(users, "deputy")).with(csrf())).andExpect(status().isForbidden());
        // The audit entry of the edit records that the phone changed, never the number.
        assertThat(String.join(" ", jdbc.queryForList("select coalesce(after_value::text, '') from audit_entry where target_type = 'Deputy' "
                + "and target_id = ?", String.class, String.valueOf(id)))).doesNotContain("13800000099");
    }
}
