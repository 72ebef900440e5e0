package cn.congress.web.security;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every URL the application maps is closed to anonymous visitors unless it is on the public allow-list, so a new
 * controller cannot be exposed by forgetting a rule.
 */
@WebIntegrationTest
class DenyByDefaultTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedUrlOutsideThePublicAllowListNeedsALogin() throws Exception {
        AntPathMatcher matcher = new AntPathMatcher();
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                if (Arrays.stream(PublicPaths.PATTERNS).anyMatch(p -> matcher.match(p, path))) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), path).with(csrf()))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as(method + " " + path).isIn(302, 401, 403);
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).contains("GET /", "GET /admin/users", "POST /admin/users/new", "GET /notifications");
    }

    @Test
    void publicPagesOpenWithoutLogin() throws Exception {
        for (String path : List.of("/login", "/actuator/health", "/css/app.css", "/js/app.js",
                "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/echarts.min.js")) {
            assertThat(mvc.perform(request(HttpMethod.GET, path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }
}
