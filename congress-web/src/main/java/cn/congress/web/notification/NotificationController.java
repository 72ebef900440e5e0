package cn.congress.web.notification;

import cn.congress.domain.notification.NotificationService;
import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知中心: everybody's own notifications only. */
@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationController {

    private final NotificationService notifications;

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "false") boolean unread,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("page", notifications.page(user.getAccountId(), unread,
                PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
        return "notifications/list";
    }

    /** Marks it read and opens what it is about. */
    @PostMapping("/{id}/read")
    String read(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id) {
        String link = notifications.markRead(user.getAccountId(), id);
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
        int n = notifications.markAllRead(user.getAccountId());
        redirect.addFlashAttribute("message", n == 0 ? "没有未读通知" : "已将 " + n + " 条通知标为已读");
        return "redirect:/notifications";
    }
}
