package cn.congress.web.support;

import cn.congress.domain.notification.NotificationService;
import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: the unread-notification badge. */
@ControllerAdvice
@RequiredArgsConstructor
class GlobalModelAdvice {

    private final NotificationService notifications;

    @ModelAttribute("unreadCount")
    Long unreadCount() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return notifications.unreadCount(p.getAccountId());
        }
        return null;
    }
}
