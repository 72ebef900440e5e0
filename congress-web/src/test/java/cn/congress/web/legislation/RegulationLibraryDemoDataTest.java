package cn.congress.web.legislation;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo regulation library is the size of a real city's, every text parsed into chapters and articles. */
@WebIntegrationTest
class RegulationLibraryDemoDataTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theDemoLibraryHoldsFortyToSixtyRegulationsInForceEachParsedIntoArticles() throws Exception {
        Integer inForce = jdbc.queryForObject("select count(*) from regulation where status <> 'REPEALED'", Integer.class);
        assertThat(inForce).isBetween(40, 60);
        Integer thin = jdbc.queryForObject("""
                select count(*) from regulation r
                where (select count(*) from regulation_article a where a.regulation_id = r.id and a.current) < 10
                  and r.status <> 'REPEALED'""", Integer.class);
        assertThat(thin).as("regulations in force with fewer than ten parsed articles").isZero();

        String found = mvc.perform(get("/public/regulations").param("q", "绿化")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("示例市城市绿化条例");
    }
}
