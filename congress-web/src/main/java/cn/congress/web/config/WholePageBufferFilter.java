package cn.congress.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A response buffer that holds a whole page. Pages are rendered completely before they are written
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing: false}); with the container's 8 KB buffer a
 * 40 KB list still left in five chunked writes, each passing Spring Security's commit check. Now a page goes out in
 * one write with its {@code Content-Length}; larger answers (an Excel export) are sent as the buffer fills, as before.
 * Tomcat keeps a buffer of this size with each connection's processor (it discards only those over 128 KB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WholePageBufferFilter extends OncePerRequestFilter {

    private static final int BUFFER_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BUFFER_BYTES);
        chain.doFilter(request, response);
    }
}
