package cn.congress.web.config;

import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The literal-start filter may only skip mappings that could not match: for a request made from every pattern of the
 * application, the lookup finds what trying every mapping in full finds.
 */
@WebIntegrationTest
class LiteralPrefixHandlerMappingTest {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired WebApplicationContext context;

    @Test
    void theLiteralStartIsThePatternBeforeItsFirstVariableOrWildcard() {
        assertThat(LiteralPrefixHandlerMapping.literalStart("/public/drafts/{id}")).isEqualTo("/public/drafts/");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/public/drafts/receipt")).isEqualTo("/public/drafts/receipt");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/files/*.pdf")).isEqualTo("/files/");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/a/b?")).isEqualTo("/a/b");
        assertThat(LiteralPrefixHandlerMapping.literalStart("/**")).isEqualTo("/");
    }

    @Test
    void everyPatternFindsTheHandlerThatFullMatchingFinds() throws Exception {
        assertThat(mapping).isInstanceOf(LiteralPrefixHandlerMapping.class);
        Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
        int checked = 0;
        for (RequestMappingInfo info : all.keySet()) {
            String method = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String path : List.of(example(pattern.getPatternString(), "17"), example(pattern.getPatternString(), "%31%37"))) {
                    MockHttpServletRequest request = request(method, path);
                    List<HandlerMethod> fullMatches = all.entrySet().stream()
                            .filter(e -> e.getKey().getMatchingCondition(request(method, path)) != null).map(Map.Entry::getValue).toList();
                    if (fullMatches.isEmpty()) {
                        continue; // a condition beyond method and path (a content type, a parameter) the example lacks
                    }
                    HandlerExecutionChain chain = mapping.getHandler(request);
                    assertThat(chain).as("%s %s", method, path).isNotNull();
                    HandlerMethod found = (HandlerMethod) chain.getHandler();
                    assertThat(fullMatches).as("%s %s", method, path).anyMatch(m -> m.getMethod().equals(found.getMethod()));
                    if (fullMatches.size() == 1) {
                        assertThat(found.getMethod()).as("%s %s", method, path).isEqualTo(fullMatches.get(0).getMethod());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    private MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    /** A path the pattern matches: each variable and wildcard replaced by {@code value}. */
    private static String example(String pattern, String value) {
        return pattern.replaceAll("\\{[^}]*}", value).replace("**", value).replace("*", value);
    }
}
