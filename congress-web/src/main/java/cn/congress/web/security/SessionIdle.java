package cn.congress.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** The idle timeout of the session, for the page that warns two minutes before it (static/js/session-timeout.js). */
@Component
public class SessionIdle {

    private final Duration timeout;

    SessionIdle(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    public long seconds() {
        return timeout.toSeconds();
    }
}
