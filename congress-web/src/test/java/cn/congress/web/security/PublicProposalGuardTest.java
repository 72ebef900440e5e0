package cn.congress.web.security;

import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.web.WebIntegrationTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.congress.web.security.guard.Captcha;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The residents' proposal form (/public/livelihood/propose) had only a honeypot; it now has the same guard as the
 * public comment form (issue 9): a burst is refused with 429, and after three accepted proposals from one address
 * the application's CAPTCHA is asked.
 */
@WebIntegrationTest
class PublicProposalGuardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    LivelihoodService service;

    @Test
    void afterThreeProposalsFromOneAddressTheCaptchaIsAskedAndABurstIsRefused() throws Exception {
        long programme = collectingProgramme();
        MockHttpSession session = new MockHttpSession();
        String client = "198.51.100.77";
        for (int i = 0; i < 3; i++) {
            mvc.perform(propose(programme, client, "限流测试建议" + i).session(session)).andExpect(status().is3xxRedirection());
        }
        String page = mvc.perform(propose(programme, client, "需要验证的建议").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请先完成验证").contains("请计算：").contains("/public/livelihood/captcha.png");
        assertThat(jdbc.queryForObject("select count(*) from livelihood_project where title = '需要验证的建议'", Long.class)).isZero();
        assertThat(mvc.perform(get("/public/livelihood/captcha.png").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentType()).isEqualTo("image/png");

        Captcha.Challenge challenge = (Captcha.Challenge) session.getAttribute(Captcha.attribute(Captcha.LIVELIHOOD_PROPOSAL));
        mvc.perform(propose(programme, client, "需要验证的建议").session(session).param("captcha", challenge.code()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from livelihood_project where title = '需要验证的建议'", Long.class)).isOne();

        // Another address is not affected; a burst from this one is refused with 429, said in Chinese.
        mvc.perform(propose(programme, "198.51.100.78", "另一地址的建议")).andExpect(status().is3xxRedirection());
        int refusedAt = -1;
        for (int i = 0; i < 8 && refusedAt < 0; i++) {
            var r = mvc.perform(propose(programme, client, "连续提交" + i).session(session)).andReturn().getResponse();
            if (r.getStatus() == 429) {
                refusedAt = i;
                assertThat(r.getContentAsString()).contains("提交过于频繁");
            }
        }
        assertThat(refusedAt).isBetween(0, 5);
    }

    /** A programme collecting proposals: the demo city's, or one created as staff would. */
    private long collectingProgramme() {
        Long id = jdbc.queryForObject("select min(id) from livelihood_programme where status = 'COLLECTING'", Long.class);
        if (id != null) {
            return id;
        }
        UserDetails staff = users.loadUserByUsername("staff");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        try {
            service.createProgramme(2072, "2072年民生实事项目", 3);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return jdbc.queryForObject("select min(id) from livelihood_programme where status = 'COLLECTING'", Long.class);
    }

    private static MockHttpServletRequestBuilder propose(long programme, String client, String title) {
        return post("/public/livelihood/propose").with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                }).param("programmeId", String.valueOf(programme)).param("title", title).param("description", "说明");
    }
}
