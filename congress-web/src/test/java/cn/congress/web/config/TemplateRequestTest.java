package cn.congress.web.config;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A rendering keeps its variables to itself and still reads what the request carries. */
@WebIntegrationTest
class TemplateRequestTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPageReadsTheRequestsAttributesAndLeavesItsOwnVariablesOffTheRequest() throws Exception {
        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").user("staff").password("Demo@2026"))
                .andReturn().getRequest().getSession(false);

        MvcResult list = mvc.perform(get("/suggestions").session(staff)).andExpect(status().isOk()).andReturn();

        String html = list.getResponse().getContentAsString();
        assertThat(html).as("the CSRF token, a request attribute of Spring Security's, reaches the logout form")
                .containsPattern("<form action=\"/logout\" method=\"post\" class=\"px-2\"><input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
        assertThat(html).contains("id=\"suggestion-table\"");
        MockHttpServletRequest request = list.getRequest();
        assertThat(Collections.list(request.getAttributeNames())).as("the model and the template's variables stay in the rendering")
                .doesNotContain("lines", "page", "navHtml", "r", "pager");
    }

    @Test
    void whatARenderingRemovesHidesTheRequestsOwnValueOnlyForTheRendering() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("shared", "request");
        TemplateRequest rendering = new TemplateRequest(request);

        rendering.setAttribute("own", 1);
        rendering.setAttribute("shared", "rendering");
        assertThat(rendering.getAttribute("shared")).isEqualTo("rendering");
        assertThat(Collections.list(rendering.getAttributeNames())).contains("own", "shared");
        rendering.removeAttribute("shared");
        rendering.setAttribute("own", null);
        assertThat(rendering.getAttribute("shared")).isNull();
        assertThat(rendering.getAttribute("own")).isNull();
        assertThat(Collections.list(rendering.getAttributeNames())).doesNotContain("own", "shared");

        assertThat(request.getAttribute("shared")).isEqualTo("request");
        assertThat(request.getAttribute("own")).isNull();
    }
}
