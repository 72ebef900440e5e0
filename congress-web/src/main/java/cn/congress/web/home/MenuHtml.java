package cn.congress.web.home;

import cn.congress.domain.account.Role;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The navigation bar's menus as HTML, rendered by Thymeleaf from {@code fragments/nav} once per set of roles. The
 * menus are fixed at start (beans) and the same for everyone with the same roles, yet a staff member's forty-odd
 * items were a tenth or more of every page's rendering, every time (several expressions and a message look-up per
 * item). The text is Thymeleaf's own output, escaped as in any page; the layout prints it with {@code th:utext}.
 */
@Component
@RequiredArgsConstructor
class MenuHtml {

    private final List<NavSection> sections;
    private final SpringTemplateEngine templates;
    private final ServletContext servletContext;
    private final Map<Set<Role>, String> rendered = new ConcurrentHashMap<>();

    /** The menus of this set of roles; rendered within the current request the first time (its context path for links). */
    String of(Set<Role> roles, HttpServletRequest request, HttpServletResponse response) {
        String html = rendered.get(roles);
        if (html == null) {
            // only the items these roles may open (the security configuration's URL rules say the same)
            List<NavSection> menus = sections.stream().map(s -> s.visibleTo(roles)).filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(NavSection::order)).toList();
            WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response),
                    Locale.SIMPLIFIED_CHINESE, Map.of("nav", menus));
            html = templates.process("fragments/nav", Set.of("sections"), context).strip();
            rendered.putIfAbsent(roles, html);
        }
        return html;
    }
}
