package cn.congress.web.home;

import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Puts the current user's menus in every page's model. */
@ControllerAdvice
@RequiredArgsConstructor
class NavigationAdvice {

    private final List<NavSection> sections;

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("nav")
    List<NavSection> nav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal user)) {
            return List.of();
        }
        return sections.stream().map(s -> s.visibleTo(user.getRoles())).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(NavSection::order)).toList();
    }
}
