package cn.congress.web.publicsite;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public portal is its own small site: its own header and footer on every public page, every service linked. */
@WebIntegrationTest
class PublicPortalTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyPublicPageHasThePortalsHeaderLinkingEveryServiceAndItsOwnFooter() throws Exception {
        Long regulation = jdbc.queryForObject("select min(id) from regulation", Long.class);
        for (String path : new String[]{"/public", "/public/regulations", "/public/regulations/" + regulation, "/public/suggestions"}) {
            String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path)
                    .contains("id=\"public-services\"")
                    .contains("href=\"/public/regulations\"").contains("href=\"/public/suggestions\"")
                    .contains("示例市人民代表大会常务委员会办公室 主办").contains("id=\"public-staff-login\"")
                    .doesNotContain("内部工作平台").doesNotContain("闲置30分钟后需重新登录");
        }
    }

    @Test
    void thePortalListsEveryPublicServiceWithItsSummary() throws Exception {
        String page = mvc.perform(get("/public")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("地方性法规查询").contains("代表建议办理结果公开").contains("查阅已公开的人大代表建议");
    }
}
