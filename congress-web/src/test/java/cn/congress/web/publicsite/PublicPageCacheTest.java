package cn.congress.web.publicsite;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A public page is rendered once for all anonymous readers and rendered again as soon as a change of its data
 * commits, whoever made it; readers with a session always get their own rendering.
 */
@WebIntegrationTest
class PublicPageCacheTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSecondReadingReusesThePageUntilItsDataChanges() throws Exception {
        long id = jdbc.queryForObject("select id from suggestion where published order by id desc limit 1", Long.class);
        String title = jdbc.queryForObject("select title from suggestion where id = ?", String.class, id);
        String first = read(get("/public/suggestions"));
        assertThat(first).contains(escaped(title));

        SqlCounter.reset();
        String second = read(get("/public/suggestions"));
        assertThat(SqlCounter.count()).as("statements of a reused page: its version only").isEqualTo(1);
        assertThat(second).isEqualTo(first);

        try {
            // a change by any path (here plain SQL, as another instance or a script would make it) is seen at once
            jdbc.update("update suggestion set title = title || '（已更新）' where id = ?", id);
            SqlCounter.reset();
            String after = read(get("/public/suggestions"));
            assertThat(SqlCounter.count()).as("rendered again").isGreaterThan(1);
            assertThat(after).contains(escaped(title + "（已更新）"));
        } finally {
            jdbc.update("update suggestion set title = ? where id = ?", title, id);
        }
        assertThat(read(get("/public/suggestions"))).doesNotContain(escaped(title + "（已更新）"));
    }

    @Test
    void eachQueryAndEachRegulationIsItsOwnPage() throws Exception {
        long id = jdbc.queryForObject("select id from regulation order by id limit 1", Long.class);
        String title = jdbc.queryForObject("select title from regulation where id = ?", String.class, id);
        String detail = read(get("/public/regulations/" + id));
        assertThat(detail).contains(escaped(title));
        assertThat(read(get("/public/regulations").param("q", "没有这个词语的法规"))).contains("没有找到含有该词语的法规");
        assertThat(read(get("/public/regulations"))).doesNotContain("没有找到含有该词语的法规");

        try {
            jdbc.update("update regulation set title = title || '（修订）' where id = ?", id);
            assertThat(read(get("/public/regulations/" + id))).contains(escaped(title + "（修订）"));
        } finally {
            jdbc.update("update regulation set title = ? where id = ?", title, id);
        }
    }

    @Test
    void aReaderWithASessionGetsHisOwnRendering() throws Exception {
        long id = jdbc.queryForObject("select id from regulation order by id limit 1", Long.class);
        read(get("/public/regulations/" + id));
        SqlCounter.reset();
        read(get("/public/regulations/" + id));
        assertThat(SqlCounter.count()).as("an anonymous reader: reused").isEqualTo(1);

        SqlCounter.reset();
        MvcResult result = mvc.perform(get("/public/regulations/" + id).session(new MockHttpSession())).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("制定和修改情况");
        assertThat(SqlCounter.count()).as("a reader with a session: rendered (the regulation and its versions)").isGreaterThan(1);
    }

    @Test
    void errorsAreNotKept() throws Exception {
        mvc.perform(get("/public/regulations/999999999")).andExpect(status().isNotFound());
        SqlCounter.reset();
        mvc.perform(get("/public/regulations/999999999")).andExpect(status().isNotFound());
        assertThat(SqlCounter.count()).as("the missing regulation is looked up again").isGreaterThan(1);
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
