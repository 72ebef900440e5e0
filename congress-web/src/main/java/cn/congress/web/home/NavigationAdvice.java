package cn.congress.web.home;

import cn.congress.web.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.congress.domain.account.Role;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Objects;

/** Puts the current user's menus in every page's model. */
@ControllerAdvice
@RequiredArgsConstructor
class NavigationAdvice {

    private final List<NavSection> sections;
    private final MenuHtml menuHtml;

    /** The menus are beans fixed at start, so each set of roles has one menu for the life of the application. */
    private final Map<Set<Role>, List<NavSection>> menus = new ConcurrentHashMap<>();

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
        Set<Role> roles = Set.copyOf(user.getRoles());
        return menuHtml.of(roles, menus(roles), request, response);
    }

    /** The menus a set of roles sees, in order. */
    List<NavSection> menus(Set<Role> roles) {
        return menus.computeIfAbsent(roles, r -> sections.stream().map(s -> s.visibleTo(r))
                .filter(Objects::nonNull).sorted(Comparator.comparingInt(NavSection::order)).toList());
    }

    /** Whether the layout shows the signed-in chrome (cheaper than a security expression evaluated per element). */
    @ModelAttribute("signedIn")
    boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal;
    }
}
