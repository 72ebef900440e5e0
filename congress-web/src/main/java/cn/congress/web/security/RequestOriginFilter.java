package cn.congress.web.security;

import cn.congress.domain.shared.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Makes the client address known to the audit log for the length of the request. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestOriginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestOrigin.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }
}
