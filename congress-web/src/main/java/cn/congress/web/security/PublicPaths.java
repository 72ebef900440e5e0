package cn.congress.web.security;

/** The only paths an anonymous visitor may reach. Everything else needs a login (deny by default). */
public final class PublicPaths {

    public static final String[] PATTERNS = {
            "/login", "/login/captcha", "/public", "/public/**", "/actuator/health", "/error",
            "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"
    };

    private PublicPaths() {
    }
}
