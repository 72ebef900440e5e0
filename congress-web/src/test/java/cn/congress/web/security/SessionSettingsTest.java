package cn.congress.web.security;

import cn.congress.web.WebIntegrationTest;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class SessionSettingsTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void sessionsExpireAfterThirtyIdleMinutesAndTheCookieIsHttpOnly() {
        Context tomcat = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(tomcat.getSessionTimeout()).isEqualTo(30);
        assertThat(tomcat.getUseHttpOnly()).isTrue();
        assertThat(tomcat.getServletContext().getSessionCookieConfig().getName()).isEqualTo("CONGRESS_SESSION");
    }
}
