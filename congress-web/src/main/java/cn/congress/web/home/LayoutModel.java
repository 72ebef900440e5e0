package cn.congress.web.home;

import cn.congress.domain.notification.NotificationService;
import cn.congress.web.security.AccountPrincipal;
import cn.congress.web.security.SessionIdle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

import java.util.Set;

/**
 * What the layout shows around every page, put into the model of a page about to be rendered: the signed-in chrome
 * ({@code signedIn}), the user's name and unit, the menus ({@code navHtml}, {@link MenuHtml}), the unread badge
 * ({@code unreadCount}), the idle timeout the session warning counts down ({@code sessionIdleSeconds}) and the path
 * for the active menu item ({@code currentPath}).
 * <p>An interceptor rather than controller advice: a {@code @ModelAttribute} method is set up by reflection and called
 * on every request, redirects and form posts included, before the handler knows whether a page follows (under load a
 * tenth of the shell's CPU). Here the values are added once a handler has chosen a view, never for a redirect, and a
 * value the controller put in the model itself is kept.
 */
@Component
@RequiredArgsConstructor
public class LayoutModel implements HandlerInterceptor {

    private final MenuHtml menuHtml;
    private final NotificationService notifications;
    private final SessionIdle sessionIdle;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !rendersPage(page)) {
            return;
        }
        ModelMap model = page.getModelMap();
        model.putIfAbsent("currentPath", request.getRequestURI());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal user)) {
            model.putIfAbsent("signedIn", false);
            return;
        }
        model.putIfAbsent("signedIn", true);
        model.putIfAbsent("userDisplayName", user.getDisplayName());
        model.putIfAbsent("userOrgUnitName", user.getOrgUnitName());
        model.putIfAbsent("navHtml", menuHtml.of(Set.copyOf(user.getRoles()), request, response));
        model.putIfAbsent("unreadCount", notifications.unreadCount(user.getAccountId()));
        model.putIfAbsent("sessionIdleSeconds", sessionIdle.seconds());
    }

    private static boolean rendersPage(ModelAndView page) {
        String name = page.getViewName();
        if (name != null) {
            return !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX) && !name.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX);
        }
        return page.getView() != null && !(page.getView() instanceof RedirectView);
    }
}
