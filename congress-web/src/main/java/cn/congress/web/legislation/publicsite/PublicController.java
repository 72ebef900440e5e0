package cn.congress.web.legislation.publicsite;

import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.regulation.RegulationStatus;
import cn.congress.web.legislation.regulation.RegulationHits;
import cn.congress.web.publicsite.PublicPortalEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages, no login: the regulation library. */
@Controller
@RequiredArgsConstructor
class PublicController {

    private final RegulationService regulations;
    private final RegulationHits hits;

    @Bean
    static PublicPortalEntry regulationLibraryPortalEntry(RegulationService regulations) {
        return new PublicPortalEntry(10, "journal-bookmark", "public.regulations.title", "public.regulations.summary",
                "/public/regulations", () -> {
            var counts = regulations.countByStatus();
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long inForce = counts.get(RegulationStatus.IN_FORCE) + counts.get(RegulationStatus.AMENDED);
            return "收录法规" + total + "件，其中现行有效" + inForce + "件";
        });
    }

    @GetMapping("/public/regulations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) RegulationStatus status,
                @PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("page", hits.rows(regulations.search(q, status, pageable), "/public/regulations"));
        model.addAttribute("statuses", RegulationStatus.values());
        return "public/regulations/list";
    }

    @GetMapping("/public/regulations/{id}")
    String detail(@PathVariable long id, @RequestParam(name = "v", required = false) Integer versionNo, Model model) {
        model.addAttribute("view", regulations.view(id, versionNo));
        return "public/regulations/detail";
    }
}
