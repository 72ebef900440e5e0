package cn.congress.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until the application reports ready (after every startup runner, the demo data loader among them) every request
 * gets a 503 page saying so, instead of empty lists. The readiness probe ({@code /actuator/health}) still answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class NotReadyFilter extends OncePerRequestFilter {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="5"><title>%1$s</title></head>
            <body><main><h1>%1$s</h1><p>%2$s</p></main></body></html>
            """;

    private final ApplicationAvailability availability;
    private final Environment environment;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "5");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.formatted(
                demo ? "正在准备演示数据" : "系统暂不可用",
                demo ? "演示数据正在载入，约需半分钟，本页每5秒自动刷新。" : "系统正在启动或停止，请稍后再试。")
                .getBytes(StandardCharsets.UTF_8));
    }
}
