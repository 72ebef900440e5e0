package cn.congress.web.config;

import cn.congress.web.WebIntegrationTest;
import cn.congress.web.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Pages go out without the templates' indentation, their words and line breaks as written. */
@WebIntegrationTest
class UnindentedTemplatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void noLineOfAPageStartsWithIndentation() throws Exception {
        String html = mvc.perform(get("/suggestions").with(Logins.as(users, "staff"))).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<table").contains("\n<tr");
        assertThat(Arrays.stream(html.split("\n")).filter(line -> line.startsWith(" ") || line.startsWith("\t")))
                .as("indented lines").isEmpty();
        assertThat(html).as("spaces inside a line stay").contains("</i> <span>");
    }
}
