package cn.congress.web.home;

import cn.congress.testsupport.SqlCounter;
import cn.congress.web.WebIntegrationTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every page pays before its own content: the layout, the menus, the notification badge, the security
 * filters. It must not quietly grow: once warm, the shell runs no SQL at all, and an anonymous reader of the public
 * pages gets no HTTP session.
 */
@WebIntegrationTest
class ShellCostTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<Filter> filters;
    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void theShellOfALoggedInPageRunsNoStatementOnceWarm() throws Exception {
        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").user("staff").password("Demo@2026"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/account/password").session(staff)).andExpect(status().isOk());

        SqlCounter.reset();
        String page = mvc.perform(get("/account/password").session(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("修改密码").contains("退出");
        assertThat(SqlCounter.count()).as("statements of the shell").isZero();
    }

    @Test
    void theLayoutValuesGoToRenderedPagesOnly() throws Exception {
        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").user("staff").password("Demo@2026"))
                .andReturn().getRequest().getSession(false);

        MvcResult page = mvc.perform(get("/account/password").session(staff)).andExpect(status().isOk()).andReturn();
        Map<String, Object> model = page.getModelAndView().getModel();
        assertThat(model).containsEntry("signedIn", true).containsEntry("sessionIdleSeconds", 1800L)
                .containsEntry("currentPath", "/account/password").containsKeys("navHtml", "unreadCount");
        assertThat(page.getResponse().getContentAsString())
                .contains("<meta name=\"session-idle-seconds\" content=\"1800\">")
                .contains("<span>" + model.get("userDisplayName") + "</span>")
                .contains((String) model.get("navHtml"));

        MvcResult redirect = mvc.perform(post("/notifications/read-all").with(csrf()).session(staff))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(redirect.getModelAndView().getModel()).as("no menus or badge for a redirect")
                .doesNotContainKeys("signedIn", "navHtml", "unreadCount");

        MvcResult anonymous = mvc.perform(get("/public")).andExpect(status().isOk()).andReturn();
        assertThat(anonymous.getModelAndView().getModel()).containsEntry("signedIn", false).doesNotContainKeys("navHtml", "unreadCount");
    }

    @Test
    void anonymousReadersOfPublicPagesGetNoSession() throws Exception {
        // the receipt look-ups are GET forms (no CSRF token), so they too are read without a session
        for (String path : new String[]{"/public", "/public/regulations", "/public/regulations?q=%E7%AE%A1%E7%90%86", "/public/suggestions",
                "/public/drafts", "/public/drafts/receipt", "/public/drafts/receipt?code=NOSUCHCODE", "/public/livelihood/receipt"}) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getRequest().getSession(false)).as("session created by " + path).isNull();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as("cookies set by " + path).isEmpty();
        }
    }

    @Test
    void staticLinksAreVersionedAndOtherLinksLeftAsWritten() throws Exception {
        String page = mvc.perform(get("/public")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("href=\"/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap\\.min\\.css\"")
                .contains("href=\"/css/app.css\"")
                .contains("href=\"/login\"");
        assertThat(filters).as("one filter rewrites static links (Boot's own backs off)")
                .filteredOn(f -> f instanceof ResourceUrlEncodingFilter).hasSize(1);
    }

    @Test
    void theSecurityFilterChainIsNotObserved() {
        assertThat(securityFilters.getFilterChains().get(0).getFilters()).isNotEmpty();
        assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator")).as("no observation around each security filter")
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void linksToPagesAreNotLookedUpAsStaticFiles() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/static/css/app.css")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }
}
