package cn.congress.web.suggestion;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 申请延期: the lead unit asks, staff approve or refuse; the statutory maximum holds either way. */
@WebIntegrationTest
class SuggestionExtensionRequestTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.congress.domain.rules.Rules rules;

    SuggestionTestSupport web;

    @BeforeEach
    void setUp() {
        web = new SuggestionTestSupport(mvc, users, jdbc);
    }

    @Test
    void theLeadUnitAsksForALaterDeadlineAndStaffApprove() throws Exception {
        long id = web.file("dep047", "关于统筹老旧管网改造的建议", true);
        web.acceptAndAssign(id, "unit");
        LocalDate assigned = assignedOn(id);
        LocalDate latest = assigned.plusMonths(rules.integer("suggestion.answer-max-months"));
        String path = "/suggestions/" + id + "/extension-request";

        assertThat(SuggestionTestSupport.flashError(web.post("unit", path, SuggestionTestSupport.withToken("proposedDue", assigned.plusMonths(5).toString()))))
                .contains("理由");
        assertThat(SuggestionTestSupport.flashError(web.post("unit", path, SuggestionTestSupport.withToken(
                "proposedDue", latest.plusDays(1).toString(), "reason", "涉及多个部门")))).contains("法定期限");
        assertThat(SuggestionTestSupport.flashError(web.post("unit", path, SuggestionTestSupport.withToken(
                "proposedDue", assigned.plusMonths(2).toString(), "reason", "涉及多个部门")))).contains("须晚于");
        assertThat(pending(id)).isZero();

        assertThat(SuggestionTestSupport.flashError(web.post("unit", path, SuggestionTestSupport.withToken(
                "proposedDue", assigned.plusMonths(5).toString(), "reason", "涉及多个部门")))).isNull();
        assertThat(pending(id)).isOne();
        assertThat(dueOn(id)).as("nothing moves before staff decide").isEqualTo(assigned.plusMonths(3));
        assertThat(SuggestionTestSupport.flashError(web.post("unit", path, SuggestionTestSupport.withToken(
                "proposedDue", assigned.plusMonths(4).toString(), "reason", "再次申请")))).contains("待审批");
        assertThat(notificationsFor("staff2", id)).as("the assigning staff member is told").isOne();
        assertThat(web.page("staff2", "/suggestions/" + id)).contains("延期申请").contains("涉及多个部门");

        assertThat(web.post("unit", path + "/decision", "agree", "true").getResponse().getStatus())
                .as("a unit cannot decide its own request: the staff role is missing").isEqualTo(403);
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", path + "/decision", "agree", "true", "note", "同意"))).isNull();
        assertThat(dueOn(id)).isEqualTo(assigned.plusMonths(5));
        assertThat(jdbc.queryForObject("select due_on from suggestion_round where suggestion_id = ?", LocalDate.class, id)).isEqualTo(assigned.plusMonths(5));
        assertThat(pending(id)).isZero();
        assertThat(steps(id)).containsSubsequence("ASSIGN", "EXTENSION_REQUEST", "EXTENSION_APPROVED");
        assertThat(notificationsFor("unit", id)).as("assignment and approval reach the unit").isEqualTo(2);
        assertThat(web.page("unit", "/suggestions/" + id)).contains("同意延期");
    }

    @Test
    void staffMayRefuseWithAReasonAndTheDeadlineStays() throws Exception {
        long id = web.file("dep048", "关于优化政务服务窗口设置的建议", true);
        web.acceptAndAssign(id, "unit2");
        LocalDate assigned = assignedOn(id);
        String path = "/suggestions/" + id + "/extension-request";
        web.post("unit2", path, SuggestionTestSupport.withToken("proposedDue", assigned.plusMonths(4).toString(), "reason", "需要调研"));
        assertThat(pending(id)).isOne();

        assertThat(SuggestionTestSupport.flashError(web.post("staff2", path + "/decision", "agree", "false"))).contains("说明理由");
        assertThat(pending(id)).isOne();
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", path + "/decision", "agree", "false", "note", "期限内可以答复"))).isNull();
        assertThat(pending(id)).isZero();
        assertThat(dueOn(id)).isEqualTo(assigned.plusMonths(3));
        assertThat(jdbc.queryForObject("select decided_note from suggestion_extension_request where suggestion_id = ?", String.class, id))
                .isEqualTo("期限内可以答复");
        assertThat(steps(id)).containsSubsequence("EXTENSION_REQUEST", "EXTENSION_REFUSED");
        assertThat(notificationsFor("unit2", id)).isEqualTo(2);

        assertThat(web.post("unit3", path, SuggestionTestSupport.withToken("proposedDue", assigned.plusMonths(4).toString(), "reason", "x"))
                .getResponse().getStatus()).as("another unit cannot even see it").isEqualTo(404);
        assertThat(SuggestionTestSupport.flashError(web.post("staff2", path + "/decision", "agree", "true"))).contains("没有待审批");
    }

    private LocalDate assignedOn(long id) {
        return jdbc.queryForObject("select assigned_on from suggestion where id = ?", LocalDate.class, id);
    }

    private LocalDate dueOn(long id) {
        return jdbc.queryForObject("select due_on from suggestion where id = ?", LocalDate.class, id);
    }

    private long pending(long id) {
        return jdbc.queryForObject("select count(*) from suggestion_extension_request where suggestion_id = ? and decision = 'PENDING'", Long.class, id);
    }

    private List<String> steps(long id) {
        return jdbc.queryForList("select step from suggestion_event where suggestion_id = ? order by occurred_at, id", String.class, id);
    }

    private long notificationsFor(String username, long id) {
        return jdbc.queryForObject("select count(*) from notification n join user_account u on u.id = n.recipient_id where u.username = ? and n.link = ?",
                Long.class, username, "/suggestions/" + id);
    }
}
