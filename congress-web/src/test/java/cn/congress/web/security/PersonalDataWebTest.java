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
    @Autowired
    cn.congress.domain.account.AccountService accounts;

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

    /**
     * Issue 9: residents' contact data (opinions, service cases, livelihood proposals, public comments, public topic
     * proposals) and the stations' phones are ciphertext at rest; the demo data's plaintext was encrypted at start-up.
     */
    @Test
    void residentsAndStationsContactsAreCiphertextAtRest() {
        String[][] columns = {{"constituent_opinion", "resident_contact"}, {"service_case", "party_contact"},
                {"livelihood_project", "contact_phone"}, {"liaison_station", "contact_phone"}, {"draft_comment", "contact"},
                {"oversight_proposal", "contact"}};
        long encrypted = 0;
        for (String[] c : columns) {
            assertThat(jdbc.queryForObject("select count(*) from " + c[0] + " where " + c[1] + " <> '' and " + c[1] + " not like 'v1:%'",
                    Long.class)).as("plaintext in " + c[0] + "." + c[1]).isZero();
            encrypted += jdbc.queryForObject("select count(*) from " + c[0] + " where " + c[1] + " like 'v1:%'", Long.class);
        }
        assertThat(encrypted).as("the demo data has contacts, now encrypted").isPositive();
    }

    /** A public proposer's contact: stored encrypted, masked in the staff list, shown in full on request with an audit entry. */
    @Test
    void aPublicProposersContactIsEncryptedMaskedAndRevealedOnlyWithAnAuditEntry() throws Exception {
        mvc.perform(post("/public/oversight/proposals").with(csrf()).param("year", "2031").param("name", "周女士").param("contact", "13912340025")
                .param("title", "关于加强老旧小区电梯加装的建议").param("reason", "老旧小区老人多，上下楼困难，希望加快电梯加装。"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from oversight_proposal where proposer_name = '周女士'", Long.class);
        assertThat(jdbc.queryForObject("select contact from oversight_proposal where id = ?", String.class, id)).startsWith("v1:")
                .doesNotContain("0025");

        String list = mvc.perform(get("/oversight/proposals").param("year", "2031").with(Logins.as(users, "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("139****0025").doesNotContain("13912340025").contains("reveal-contact-" + id);

        String revealed = mvc.perform(post("/oversight/proposals/" + id + "/contact").param("year", "2031").with(Logins.as(users, "staff"))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).contains("13912340025");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PERSONAL_DATA_VIEW' and target_type = 'TopicProposal' "
                + "and target_id = ? and actor_username = 'staff'", Long.class, String.valueOf(id))).isOne();
        mvc.perform(post("/oversight/proposals/" + id + "/contact").with(Logins.as(users, "deputy")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /**
     * C25: the application log never holds a password (given, wrong or temporary) or a full phone number, whatever
     * happens to them: a failed and a successful login, an administrator's reset, a phone shown in full.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void neitherPasswordsNorPhoneNumbersReachTheLog(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        mvc.perform(post("/login").param("username", "staff3").param("password", "Wrong#C25-Secret").with(csrf())
                .with(r -> { r.setRemoteAddr("10.25.0.1"); return r; })).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").param("username", "staff3").param("password", "Demo@2026").with(csrf())
                .with(r -> { r.setRemoteAddr("10.25.0.2"); return r; })).andExpect(status().is3xxRedirection());
        long id = cn.congress.domain.shared.SystemTask.call(() -> accounts.create("c25.user", "C25#Initial-Pass",
                new cn.congress.domain.account.AccountService.AccountDetails("日志测试", null, null))).account().getId();
        String flash = String.valueOf(mvc.perform(post("/admin/users/{id}/password", id).with(Logins.as(users, "admin")).with(csrf()))
                .andReturn().getFlashMap().get("message"));
        String temporary = flash.replaceAll(".*临时密码：(\\S+?)（.*", "$1");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(8).doesNotContain("临时密码");
        long deputy = jdbc.queryForObject("select id from deputy where card_number = 'SL17-012'", Long.class);
        String shown = mvc.perform(post("/deputies/" + deputy + "/phone").with(Logins.as(users, "staff2")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String phone = jdbc.queryForObject("select phone from deputy where id = ?", String.class, deputy);
        assertThat(phone).startsWith("v1:");

        assertThat(output.getAll()).doesNotContain("Wrong#C25-Secret").doesNotContain("Demo@2026").doesNotContain("C25#Initial-Pass")
                .doesNotContain(temporary);
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("1[3-9]\\d{9}").matcher(shown);
        while (numbers.find()) {
            assertThat(output.getAll()).doesNotContain(numbers.group());
        }
    }
}
