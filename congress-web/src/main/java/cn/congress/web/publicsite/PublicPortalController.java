package cn.congress.web.publicsite;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal: every public service that a feature contributes, no login. */
@Controller
@RequiredArgsConstructor
class PublicPortalController {

    private final PublicPortal portal;

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("entries", portal.entries());
        return "public/index";
    }
}
