package cn.congress.web.legislation.evaluation;

import jakarta.validation.constraints.Size;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.evaluation.EvaluationConclusion;
import cn.congress.legislation.evaluation.EvaluationService;
import cn.congress.legislation.regulation.RegulationService;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 立法后评估: plan, findings, conclusion. */
@Controller
@RequestMapping("/legislation/evaluations")
@RequiredArgsConstructor
class EvaluationController {

    private final EvaluationService evaluations;
    private final RegulationService regulations;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        model.addAttribute("evaluations", evaluations.all());
        return "legislation/evaluations/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long regulation, Model model) {
        model.addAttribute("regulations", regulations.choices());
        model.addAttribute("selected", regulation);
        model.addAttribute("today", LocalDate.now(clock));
        return "legislation/evaluations/new";
    }

    @PostMapping("/new")
    String create(@RequestParam long regulationId, @RequestParam @Size(max = 200, message = "标题不能超过200字") String title, @RequestParam @Size(max = 100, message = "评估单位不能超过100字") String evaluator, @RequestParam @Size(max = 4000, message = "评估方案不能超过4000字") String plan,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn, RedirectAttributes redirect) {
        if (title.isBlank() || evaluator.isBlank() || plan.isBlank() || title.length() > 200 || evaluator.length() > 100 || plan.length() > 4000) {
            throw new DomainException("请完整填写评估名称、评估机构和评估方案");
        }
        long id = evaluations.plan(regulationId, title.strip(), evaluator.strip(), plan.strip(), startedOn);
        redirect.addFlashAttribute("message", "已立项评估：" + title.strip());
        return "redirect:/legislation/evaluations/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("evaluation", evaluations.get(id));
        model.addAttribute("conclusions", EvaluationConclusion.values());
        return "legislation/evaluations/detail";
    }

    @PostMapping("/{id}/findings")
    String findings(@PathVariable long id, @RequestParam long version, @RequestParam @Size(max = 4000, message = "评估结论不能超过4000字") String findings, RedirectAttributes redirect) {
        evaluations.recordFindings(id, version, findings);
        redirect.addFlashAttribute("message", "评估发现已保存");
        return "redirect:/legislation/evaluations/" + id;
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@PathVariable long id, @RequestParam EvaluationConclusion conclusion, RedirectAttributes redirect) {
        evaluations.conclude(id, conclusion, LocalDate.now(clock));
        redirect.addFlashAttribute("message", "评估已完成");
        return "redirect:/legislation/evaluations/" + id;
    }
}
