package cn.congress.web.oversight;

import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.TopicKind;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/** 年度监督工作计划: the list of plans, a plan with its topics, adoption and publication, adding a topic. */
@Controller
@RequestMapping("/oversight/plans")
@RequiredArgsConstructor
class OversightPlanController {

    private final OversightPlanService plans;
    private final OversightPlanQueries queries;
    private final OrgUnitService orgUnits;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new OversightForms.PlanForm(LocalDate.now(clock).getYear() + 1, null));
        }
        model.addAttribute("plans", queries.plans());
        model.addAttribute("canManage", queries.canManage());
        return "oversight/plans/list";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("planForm") OversightForms.PlanForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = plans.createPlan(form.year(), form.title());
                redirect.addFlashAttribute("message", "计划已建立，请添加议题");
                return "redirect:/oversight/plans/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("plan", queries.plan(id));
        return "oversight/plans/detail";
    }

    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                 RedirectAttributes redirect) {
        plans.adopt(id, adoptedOn);
        redirect.addFlashAttribute("message", "已登记主任会议通过");
        return "redirect:/oversight/plans/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        plans.publish(id);
        redirect.addFlashAttribute("message", "计划已在公众网站公开");
        return "redirect:/oversight/plans/" + id;
    }

    @GetMapping("/{id}/topics/new")
    String newTopic(@PathVariable long id, Model model) {
        model.addAttribute("form", OversightForms.TopicForm.empty());
        return topicForm(id, model);
    }

    @PostMapping("/{id}/topics/new")
    String addTopic(@PathVariable long id, @Valid @ModelAttribute("form") OversightForms.TopicForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return topicForm(id, model);
        }
        try {
            long topicId = plans.addTopic(id, form.details());
            redirect.addFlashAttribute("message", "议题已列入计划");
            return "redirect:/oversight/topics/" + topicId;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return topicForm(id, model);
        }
    }

    private String topicForm(long planId, Model model) {
        model.addAttribute("plan", queries.plan(planId));
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("bodies", orgUnits.committeeBodyOptions());
        model.addAttribute("organs", orgUnits.handlingUnitOptions());
        return "oversight/plans/topic-form";
    }
}
