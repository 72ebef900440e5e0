package cn.congress.web.home;

import cn.congress.web.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Set;

/** Puts the current user's menus in every page's model. */
@ControllerAdvice
@RequiredArgsConstructor
class NavigationAdvice {

    private final MenuHtml menuHtml;

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The user's menus as HTML (rendered once per set of roles, {@link MenuHtml}). */
    @ModelAttribute("navHtml")
    String navHtml(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal user)) {
            return "";
        }
        return menuHtml.of(Set.copyOf(user.getRoles()), request, response);
    }

    /** Whether the layout shows the signed-in chrome (cheaper than a security expression evaluated per element). */
    @ModelAttribute("signedIn")
    boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal;
    }
}
