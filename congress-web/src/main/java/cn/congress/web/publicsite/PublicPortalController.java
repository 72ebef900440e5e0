package cn.congress.web.publicsite;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;

/** The public portal: every public service that a feature contributes, no login. */
@Controller
@RequiredArgsConstructor
class PublicPortalController {

    private final List<PublicPortalEntry> entries;

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("entries", entries.stream().sorted(Comparator.comparingInt(PublicPortalEntry::order)).toList());
        return "public/index";
    }
}
