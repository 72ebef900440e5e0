package cn.congress.web.support;

import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 9, robustness: control characters, malformed filter values, and the double-submit guard. */
@WebIntegrationTest
class RobustnessWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aNulByteInASearchIsRefusedWithAChinese400AndNeverReachesTheDatabase() throws Exception {
        String page = mvc.perform(get("/public/regulations").param("q", "条例\u0000")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        // The error page is rendered on the error dispatch; MockMvc shows the status, the page itself is checked below.
        assertThat(page).doesNotContain("Exception");
        mvc.perform(get("/public/regulations").param("q", "条例\u0007")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/regulations").param("q", "条例\u0085")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/regulations").param("q", "多行\r\n\t条例")).andExpect(status().isOk());
    }

    @Test
    void aControlCharacterInAFormFieldIsRefusedBeforeTheController() throws Exception {
        long before = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        mvc.perform(post("/admin/orgs/new").with(Logins.as(users, "admin")).with(csrf()).param("code", "CTRL-1")
                        .param("name", "控制\u0001字符").param("type", "OTHER").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(before);
    }

    /**
     * S06: an over-long value never reaches the database and never makes a 500. A form record shows the field's
     * Chinese message beside the field; a form bound without a BindingResult and a bare parameter go back to the page
     * with the message; a text column refuses anything past its bound.
     */
    @Test
    void anOverLongFieldIsAnsweredWithAChineseMessageAndNothingIsStored() throws Exception {
        long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        String form = mvc.perform(post("/admin/orgs/new").with(Logins.as(users, "admin")).with(csrf()).param("code", "LONG-1")
                        .param("name", "长".repeat(101)).param("type", "OTHER").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("机构名称不能超过100个字").contains("invalid-feedback");
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(units);

        long suggestion = jdbc.queryForObject("select min(id) from suggestion", Long.class);
        MvcResult assign = mvc.perform(post("/suggestions/{id}/assign", suggestion).with(Logins.as(users, "staff")).with(csrf())
                .header("Referer", "/suggestions/" + suggestion).param("leadUnitId", "1").param("supervisingLeader", "领".repeat(65)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(String.valueOf(assign.getFlashMap().get("error"))).isEqualTo("督办领导不能超过64字");

        long proposal = jdbc.queryForObject("select min(id) from oversight_proposal", Long.class);
        String status = jdbc.queryForObject("select status from oversight_proposal where id = ?", String.class, proposal);
        MvcResult screen = mvc.perform(post("/oversight/proposals/{id}/screen", proposal).with(Logins.as(users, "staff")).with(csrf())
                .header("Referer", "/oversight/proposals").param("decision", "REJECTED").param("reason", "理".repeat(501)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(String.valueOf(screen.getFlashMap().get("error"))).isEqualTo("理由不能超过500字");
        assertThat(jdbc.queryForObject("select status from oversight_proposal where id = ?", String.class, proposal)).isEqualTo(status);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update suggestion set content = repeat('长', 1000001) where id = ?",
                suggestion)).hasMessageContaining("_length");
    }

    @Test
    void theErrorPageForABadRequestIsInChinese() throws Exception {
        String page = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 400)
                .accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请求格式不正确").contains("控制字符").contains("lang=\"zh-CN\"");
    }

    @Test
    void anInvalidEnumOrNumberInAFilterIsA400NotA404OrA500() throws Exception {
        String page = mvc.perform(get("/public/regulations").param("status", "NO_SUCH_STATUS")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请求格式不正确");
        mvc.perform(get("/admin/audit").with(Logins.as(users, "auditor")).param("action", "DROP_TABLE")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(Logins.as(users, "auditor")).param("page", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(Logins.as(users, "auditor")).param("from", "2026-13-45")).andExpect(status().isBadRequest());
        // A path id that is not a number still names no record.
        mvc.perform(get("/admin/orgs/abc").with(Logins.as(users, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateOfAnUnfinishedOrAbandonedSubmitIsAnsweredAtOnceWithoutWaiting() throws Exception {
        String token = UUID.randomUUID().toString();
        jdbc.update("insert into form_submission (token, username, submitted_at) values (?, 'admin', now())",
                FormTokenInterceptor.claimKey("user:admin", token));

        long start = System.nanoTime();
        MvcResult r = mvc.perform(post("/admin/orgs/new").with(Logins.as(users, "admin")).with(csrf()).param("_formToken", token)
                .param("code", "ABANDON").param("name", "被放弃的提交").param("type", "OTHER").param("sortOrder", "1").param("version", "0")
                .header("Referer", "http://localhost/admin/orgs/new")).andReturn();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/orgs/new");
        assertThat(r.getFlashMap().get("message")).asString().contains("正在处理中");
        assertThat(millis).as("no request thread waits on another request's claim").isLessThan(1000);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = 'ABANDON'", Long.class)).isZero();
    }

    @Test
    void aFailedHandlerReleasesItsClaimSoTheSameFormCanBeSentAgain() throws Exception {
        String token = UUID.randomUUID().toString();
        String claim = FormTokenInterceptor.claimKey("user:admin", token);
        mvc.perform(post("/admin/orgs/999999999").with(Logins.as(users, "admin")).with(csrf()).param("_formToken", token)
                .param("code", "GONE").param("name", "不存在").param("type", "OTHER").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from form_submission where token = ?", Long.class, claim)).isZero();

        // A form that comes back with errors frees its claim too; the corrected resend with the same token is applied.
        mvc.perform(post("/admin/orgs/new").with(Logins.as(users, "admin")).with(csrf()).param("_formToken", token)
                .param("code", "RETRY").param("name", "").param("type", "OTHER").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/orgs/new").with(Logins.as(users, "admin")).with(csrf()).param("_formToken", token)
                .param("code", "RETRY").param("name", "重发的单位").param("type", "OTHER").param("sortOrder", "1").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = 'RETRY'", Long.class)).isOne();
    }

    @Test
    void anAnonymousClaimIsBoundToItsSessionAndAClientWithoutOneClaimsNothing() throws Exception {
        String list = mvc.perform(get("/public/livelihood")).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("/public/livelihood/projects/(\\d+)").matcher(list);
        assertThat(m.find()).as("the demo city has an adopted project").isTrue();
        String follow = "/public/livelihood/projects/" + m.group(1) + "/follow";
        String token = UUID.randomUUID().toString();
        long claims = jdbc.queryForObject("select count(*) from form_submission", Long.class);

        mvc.perform(post(follow).with(csrf()).param("_formToken", token)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from form_submission", Long.class)).as("no session, no claim").isEqualTo(claims);

        MockHttpSession mine = new MockHttpSession();
        MockHttpSession someoneElse = new MockHttpSession();
        String first = mvc.perform(post(follow).session(mine).with(csrf()).param("_formToken", token)).andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(post(follow).session(mine).with(csrf()).param("_formToken", token)).andReturn().getResponse().getRedirectedUrl();
        String theirs = mvc.perform(post(follow).session(someoneElse).with(csrf()).param("_formToken", token)).andReturn().getResponse().getRedirectedUrl();

        assertThat(again).isEqualTo(first);
        assertThat(theirs).startsWith("/public/livelihood/follow/").isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from form_submission where token = ?", Long.class,
                FormTokenInterceptor.claimKey("session:" + mine.getId(), token))).isOne();
    }

    @Test
    void thePublicSpreadsheetExportIsRateLimitedPerAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/public/suggestions/export").with(r -> {
                r.setRemoteAddr("192.0.2.55");
                return r;
            })).andExpect(status().isOk());
        }
        mvc.perform(get("/public/suggestions/export").with(r -> {
            r.setRemoteAddr("192.0.2.55");
            return r;
        })).andExpect(status().isTooManyRequests());
        MvcResult other = mvc.perform(get("/public/suggestions/export").with(r -> {
            r.setRemoteAddr("192.0.2.56");
            return r;
        })).andExpect(status().isOk()).andReturn();
        mvc.perform(asyncDispatch(other)).andExpect(status().isOk());
        // Every export is audited: who (here an anonymous visitor by address), which file, how many rows.
        assertThat(jdbc.queryForList("select summary from audit_entry where action = 'EXPORT' and ip = '192.0.2.56'", String.class))
                .singleElement().asString().contains("代表建议办理结果公开").containsPattern("共 \\d+ 行");
        String page = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 429)
                .accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请求过于频繁").contains("十五分钟");
    }
}
