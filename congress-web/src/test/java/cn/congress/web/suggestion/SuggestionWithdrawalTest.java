package cn.congress.web.suggestion;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 撤回: a sole author withdraws at once; a joint suggestion needs every confirmed joint deputy's consent. */
@WebIntegrationTest
class SuggestionWithdrawalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    SuggestionTestSupport web;

    @BeforeEach
    void setUp() {
        web = new SuggestionTestSupport(mvc, users, jdbc);
    }

    @Test
    void aSoleAuthorWithdrawsAtOnce() throws Exception {
        long id = web.file("dep050", "关于单独提出后撤回的建议", true);
        MvcResult r = web.post("dep050", "/suggestions/" + id + "/withdraw", "reason", "问题已解决");
        assertThat(SuggestionTestSupport.flashError(r)).isNull();
        assertThat(r.getFlashMap().get("message")).isEqualTo("建议已撤回");
        assertThat(web.status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aJointSuggestionIsWithdrawnOnlyWhenEveryConfirmedJointDeputyConsents() throws Exception {
        long id = web.file("dep047", "关于联名提出后撤回的建议", true,
                "coSignerIds", String.valueOf(web.deputyIdOf("dep048")), "coSignerIds", String.valueOf(web.deputyIdOf("dep049")),
                "coSignerIds", String.valueOf(web.deputyIdOf("dep050")));
        web.post("dep048", "/suggestions/" + id + "/sign");
        web.post("dep049", "/suggestions/" + id + "/sign");
        // dep050 was invited but never confirmed: their consent is not needed

        MvcResult asked = web.post("dep047", "/suggestions/" + id + "/withdraw", "reason", "已与有关部门沟通解决");
        assertThat(SuggestionTestSupport.flashError(asked)).isNull();
        assertThat(asked.getFlashMap().get("message").toString()).contains("全部同意后撤回");
        assertThat(web.status(id)).as("not yet withdrawn").isEqualTo("SUBMITTED");
        assertThat(SuggestionTestSupport.flashError(web.post("dep047", "/suggestions/" + id + "/withdraw"))).contains("等待附议代表同意");
        assertThat(notices("dep048", id)).as("invitation and the withdrawal request").isEqualTo(2);
        assertThat(web.page("dep048", "/suggestions/" + id)).contains("同意撤回").contains("已与有关部门沟通解决");

        assertThat(SuggestionTestSupport.flashError(web.post("dep047", "/suggestions/" + id + "/withdraw/consent")))
                .as("the lead deputy does not consent to their own request").contains("附议");
        assertThat(SuggestionTestSupport.flashError(web.post("dep050", "/suggestions/" + id + "/withdraw/consent")))
                .as("an unconfirmed invitee has no say").contains("已确认附议");
        assertThat(web.post("dep046", "/suggestions/" + id + "/withdraw/consent").getResponse().getStatus())
                .as("a stranger cannot even see a submitted suggestion").isEqualTo(404);

        MvcResult first = web.post("dep048", "/suggestions/" + id + "/withdraw/consent");
        assertThat(SuggestionTestSupport.flashError(first)).isNull();
        assertThat(first.getFlashMap().get("message").toString()).contains("等待其他附议代表");
        assertThat(web.status(id)).isEqualTo("SUBMITTED");
        assertThat(SuggestionTestSupport.flashError(web.post("dep048", "/suggestions/" + id + "/withdraw/consent"))).contains("已同意");
        assertThat(web.post("staff2", "/suggestions/" + id + "/withdraw/consent").getResponse().getStatus())
                .as("consenting is a joint deputy's: staff lack the role").isEqualTo(403);

        MvcResult last = web.post("dep049", "/suggestions/" + id + "/withdraw/consent");
        assertThat(SuggestionTestSupport.flashError(last)).isNull();
        assertThat(web.status(id)).isEqualTo("WITHDRAWN");
        List<String> steps = jdbc.queryForList("select step from suggestion_event where suggestion_id = ? order by occurred_at, id", String.class, id);
        assertThat(steps).containsSubsequence("SUBMIT", "SIGN", "SIGN", "WITHDRAW_REQUEST", "WITHDRAW_CONSENT", "WITHDRAW_CONSENT", "WITHDRAW");
        assertThat(notices("dep047", id)).as("the lead deputy is told").isOne();
    }

    private long notices(String username, long id) {
        return jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = ? and n.link = ?",
                Long.class, username, "/suggestions/" + id);
    }
}
