package cn.congress.web.legislation.cleanup;

import jakarta.validation.constraints.Size;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.cleanup.CleanupDecision;
import cn.congress.legislation.cleanup.CleanupService;
import cn.congress.legislation.regulation.RegulationService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/** 法规清理 campaigns: decisions per regulation and the report. */
@Controller
@RequestMapping("/legislation/cleanups")
@RequiredArgsConstructor
class CleanupController {

    private final CleanupService cleanups;
    private final RegulationService regulations;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", cleanups.campaigns());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return "legislation/cleanups/list";
    }

    @PostMapping
    String create(@RequestParam @Size(max = 200, message = "标题不能超过200字") String title, @RequestParam int year, @RequestParam(required = false) @Size(max = 2000, message = "清理依据不能超过2000字") String basis, RedirectAttributes redirect) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new DomainException("请填写清理工作名称（不超过200字）");
        }
        long id = cleanups.create(title.strip(), year, basis);
        redirect.addFlashAttribute("message", "已新建法规清理：" + title.strip());
        return "redirect:/legislation/cleanups/" + id;
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", cleanups.report(id));
        model.addAttribute("decisions", CleanupDecision.values());
        model.addAttribute("regulations", regulations.choices());
        return "legislation/cleanups/report";
    }

    @PostMapping("/{id}/items")
    String decide(@PathVariable long id, @RequestParam long regulationId, @RequestParam CleanupDecision decision,
                  @RequestParam @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请填写清理意见的理由");
        }
        cleanups.decide(id, regulationId, decision, reason.strip());
        redirect.addFlashAttribute("message", "清理意见已保存");
        return "redirect:/legislation/cleanups/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam @Size(max = 4000, message = "清理结论不能超过4000字") String conclusion, RedirectAttributes redirect) {
        cleanups.close(id, LocalDate.now(clock), conclusion);
        redirect.addFlashAttribute("message", "清理工作已结束，报告已形成");
        return "redirect:/legislation/cleanups/" + id;
    }
}
