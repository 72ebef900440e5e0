package cn.congress.web.oversight;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff edit a topic (validation, a stale form, who may); deputies in an inspection group see it in their 履职档案. */
@WebIntegrationTest
class TopicEditAndDeputiesPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("Demo@2026")).andReturn().getRequest().getSession(false);
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder form(String path, Object... vars) {
        return post(path, vars).with(csrf()).param("_formToken", UUID.randomUUID().toString());
    }

    long staffTopic(MockHttpSession staff, String title) throws Exception {
        long plan = jdbc.queryForObject("select id from oversight_plan order by year desc limit 1", Long.class);
        long body = jdbc.queryForObject("select id from org_unit where code = 'SC-EDU'", Long.class);
        long organ = jdbc.queryForObject("select id from org_unit where code = 'GOV-EDU'", Long.class);
        mvc.perform(form("/oversight/plans/{id}/topics/new", plan).session(staff).param("title", title).param("kind", "SPECIAL_REPORT")
                .param("leadBodyId", String.valueOf(body)).param("organId", String.valueOf(organ)).param("plannedMonth", "10"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from oversight_topic where title = ?", Long.class, title);
    }

    @Test
    void staffEditATopicAndAStaleFormComesBackWithTheConflictAndTheInputKept() throws Exception {
        MockHttpSession staff = login("staff");
        long id = staffTopic(staff, "听取和审议编辑测试报告");
        long version = jdbc.queryForObject("select version from oversight_topic where id = ?", Long.class, id);
        String page = body(get("/oversight/topics/{id}", id).session(staff));
        assertThat(page).contains("/oversight/topics/" + id + "/edit");
        String edit = body(get("/oversight/topics/{id}/edit", id).session(staff));
        assertThat(edit).contains("修改议题").contains("听取和审议编辑测试报告").contains("name=\"version\"");
        long organ = jdbc.queryForObject("select organ_id from oversight_topic where id = ?", Long.class, id);
        long body = jdbc.queryForObject("select lead_body_id from oversight_topic where id = ?", Long.class, id);

        MvcResult first = mvc.perform(form("/oversight/topics/{id}/edit", id).session(staff).param("title", "听取和审议编辑测试报告（第一人修改）")
                .param("kind", "SPECIAL_REPORT").param("leadBodyId", String.valueOf(body)).param("organId", String.valueOf(organ))
                .param("plannedMonth", "11").param("summary", "第一人").param("version", String.valueOf(version))).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/oversight/topics/" + id);

        String stale = body(form("/oversight/topics/{id}/edit", id).session(staff).param("title", "第二人的修改标题")
                .param("kind", "SPECIAL_REPORT").param("leadBodyId", String.valueOf(body)).param("organId", String.valueOf(organ))
                .param("plannedMonth", "12").param("version", String.valueOf(version)));
        assertThat(stale).contains("该记录已被他人修改").contains("第二人的修改标题");
        assertThat(jdbc.queryForObject("select title from oversight_topic where id = ?", String.class, id)).isEqualTo("听取和审议编辑测试报告（第一人修改）");
        assertThat(jdbc.queryForObject("select planned_month from oversight_topic where id = ?", Integer.class, id)).isEqualTo(11);

        String invalid = body(form("/oversight/topics/{id}/edit", id).session(staff).param("title", " ").param("kind", "SPECIAL_REPORT")
                .param("leadBodyId", String.valueOf(body)).param("organId", String.valueOf(organ)).param("plannedMonth", "13")
                .param("version", String.valueOf(version + 1)));
        assertThat(invalid).contains("请填写议题名称").contains("月份为1至12");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'OversightTopic' and target_id = ? and action = 'UPDATE'",
                Long.class, String.valueOf(id))).isEqualTo(1);

        assertThat(mvc.perform(get("/oversight/topics/{id}/edit", id).session(login("deputy"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(form("/oversight/topics/{id}/edit", id).session(login("unit")).param("title", "越权").param("kind", "SPECIAL_REPORT")
                .param("leadBodyId", String.valueOf(body)).param("organId", String.valueOf(organ)).param("plannedMonth", "1")
                .param("version", String.valueOf(version + 1))).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(jdbc.queryForObject("select title from oversight_topic where id = ?", String.class, id)).isEqualTo("听取和审议编辑测试报告（第一人修改）");
    }

    @Test
    void deputiesInTheInspectionGroupSeeItInTheirPerformanceRecord() throws Exception {
        long river = jdbc.queryForObject("select id from oversight_topic where title like '%黄河保护法%' order by id limit 1", Long.class);
        long deputyId = jdbc.queryForObject("select d.id from deputy d join user_account u on u.id = d.user_account_id where u.username = 'deputy'", Long.class);
        MockHttpSession deputy = login("deputy");
        String profile = body(get("/deputies/me").session(deputy));
        assertThat(profile).contains("参加常委会监督活动").contains("检查《中华人民共和国黄河保护法》实施情况")
                .contains("/oversight/topics/" + river).contains("参加执法检查");
        body(get("/oversight/topics/{id}", river).session(deputy));

        MockHttpSession staff = login("staff");
        String topic = body(get("/oversight/topics/{id}", river).session(staff));
        assertThat(topic).contains("参加的人大代表").contains("登记参加");
        long other = jdbc.queryForObject("""
                select d.id from deputy d join term t on t.id = d.term_id and t.current where d.status = 'SERVING'
                and not exists (select 1 from oversight_topic_deputy x where x.deputy_id = d.id) order by d.id limit 1""", Long.class);
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        mvc.perform(form("/oversight/topics/{id}/deputies", river).session(staff).param("deputyId", String.valueOf(other))
                .param("tookPartOn", year + "-07-09")).andExpect(status().is3xxRedirection());
        assertThat(body(get("/deputies/{id}", other).session(staff))).contains("检查《中华人民共和国黄河保护法》实施情况");
        assertThat(body(get("/oversight/topics/{id}", river).session(staff))).contains(jdbc.queryForObject(
                "select name from deputy where id = ?", String.class, other));

        // a deputy cannot name themselves or anyone else into a group
        assertThat(mvc.perform(form("/oversight/topics/{id}/deputies", river).session(deputy).param("deputyId", String.valueOf(deputyId))
                .param("tookPartOn", year + "-07-09")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
