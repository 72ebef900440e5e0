package cn.congress.web.home;

import cn.congress.web.security.AccountPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;

/** Each role lands on its own dashboard, assembled from the {@link DashboardWidget}s for its roles. */
@Controller
@RequiredArgsConstructor
class DashboardController {

    private final List<DashboardWidget> widgets;

    record Card(DashboardWidget widget, Object data) {
        public String getTemplate() {
            return widget.template();
        }

        public String getColumnClass() {
            return widget.columnClass();
        }
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        List<Card> cards = widgets.stream()
                .filter(w -> w.roles().stream().anyMatch(user::hasRole))
                .sorted(Comparator.comparingInt(DashboardWidget::order))
                .map(w -> new Card(w, w.data(user)))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("primaryRole", user.getPrimaryRole());
        return "dashboard/index";
    }
}
