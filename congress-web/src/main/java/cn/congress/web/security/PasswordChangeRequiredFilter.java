package cn.congress.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * An account created or reset by an administrator has a password somebody else knows: until its owner sets
 * their own, every page leads to the change-password form. Created by the security configuration, not as a
 * bean, so that it is not also registered as a plain servlet filter.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/account/password";
    // the second factor comes first: an administrator who must change a temporary password enrols and gives the code before
    private static final List<String> ALLOWED = List.of(CHANGE_PASSWORD, SecondFactor.ENROL_PATH, MfaLoginController.PATH, "/account/ping", "/logout", "/error", "/css/", "/js/", "/webjars/", "/img/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.isMustChangePassword()
                && ALLOWED.stream().noneMatch(pathWithinApplication(request)::startsWith)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
