package cn.congress.web.home;

import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/** Each role lands on its own dashboard, assembled from the {@link DashboardWidget}s for its roles. */
@Controller
@RequiredArgsConstructor
class DashboardController {

    private final DashboardCards cards;

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("cards", cards.of(user));
        model.addAttribute("primaryRole", user.getPrimaryRole());
        return "dashboard/index";
    }
}
