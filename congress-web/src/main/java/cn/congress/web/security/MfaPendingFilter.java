package cn.congress.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * A session that has passed the password but not yet the second factor opens nothing but the code form (and logout).
 * Created by the security configuration, not as a bean, so that it is not also registered as a plain servlet filter.
 */
class MfaPendingFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of(MfaLoginController.PATH, "/logout", "/error", "/css/", "/js/", "/webjars/", "/img/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && session.getAttribute(MfaLoginController.PENDING) != null && ALLOWED.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + MfaLoginController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
