package cn.congress.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * The one place where control characters are refused (issue 9): a request whose parameters (query string or form
 * fields) hold a control character other than tab, line feed and carriage return never reaches a controller or the
 * database (PostgreSQL refuses NUL in text, which used to surface as an "integrity violation"); it is answered with
 * the Chinese 400 page. Refusing rather than silently stripping keeps what is stored equal to what was sent.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasControlCharacter(parameter.getKey()) || anyHasControlCharacter(parameter.getValue())) {
                log.info("Refused {} {}: control character in parameter", request.getMethod(), request.getRequestURI());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean anyHasControlCharacter(String[] values) {
        for (String v : values) {
            if (hasControlCharacter(v)) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls except tab, LF and CR; DEL; C1 controls. */
    public static boolean hasControlCharacter(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }
}
