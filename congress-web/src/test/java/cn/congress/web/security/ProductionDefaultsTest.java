package cn.congress.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What application.yml gives a production start (no dev or test profile): a Secure, __Host- prefixed cookie, the
 * loopback interface, no believed forwarded headers, no key or password default (checklist C09, S02).
 */
class ProductionDefaultsTest {

    @Test
    void outsideDevelopmentTheCookieIsSecureAndHostPrefixedAndNothingIsTrustedByDefault() throws IOException {
        PropertySource<?> yml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml")).get(0);

        assertThat(yml.getProperty("server.servlet.session.cookie.name")).hasToString("__Host-CONGRESS_SESSION");
        assertThat(yml.getProperty("server.servlet.session.cookie.secure")).hasToString("true");
        assertThat(yml.getProperty("server.servlet.session.cookie.path")).hasToString("/");
        assertThat(yml.getProperty("server.address")).hasToString("${CONGRESS_BIND_ADDRESS:127.0.0.1}");
        assertThat(yml.getProperty("server.forward-headers-strategy")).hasToString("none");
        assertThat(yml.getProperty("congress.security.trusted-proxies")).hasToString("${CONGRESS_TRUSTED_PROXIES:}");
        assertThat(yml.getProperty("spring.datasource.password")).isNull();
    }
}
