package cn.congress.web.oversight;

import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.web.publicsite.PublicPortalEntry;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Public oversight pages (no login): the published plans, the released opinions with the released handling reports
 * and satisfaction results (problem items and evidence stay internal), and the moderated topic-proposal form.
 */
@Controller
@RequiredArgsConstructor
class PublicOversightController {

    private final OversightPlanQueries plans;
    private final OpinionQueries opinions;
    private final OversightPlanService planService;
    private final Clock clock;

    @Bean
    static PublicPortalEntry oversightPortalEntry(OpinionQueries opinions) {
        return new PublicPortalEntry(30, "clipboard-check", "public.oversight.title", "public.oversight.summary", "/public/oversight",
                () -> "已公开审议意见" + opinions.released().size() + "件");
    }

    @GetMapping("/public/oversight")
    String index(Model model) {
        model.addAttribute("plans", plans.publishedPlans());
        model.addAttribute("opinions", opinions.released());
        return "public/oversight/index";
    }

    @GetMapping("/public/oversight/proposals")
    String proposalForm(Model model) {
        model.addAttribute("form", new OversightForms.PublicProposalForm(LocalDate.now(clock).getYear() + 1, null, null, null, null));
        return "public/oversight/proposal";
    }

    @PostMapping("/public/oversight/proposals")
    String propose(@Valid @ModelAttribute("form") OversightForms.PublicProposalForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "public/oversight/proposal";
        }
        planService.proposePublic(form.year(), form.name(), form.contact(), form.title(), form.reason());
        redirect.addFlashAttribute("message", "感谢您的建议！工作人员审核筛选后，采纳的议题将列入年度监督工作计划并公开。");
        return "redirect:/public/oversight";
    }
}
