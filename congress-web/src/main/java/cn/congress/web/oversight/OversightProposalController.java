package cn.congress.web.oversight;

import jakarta.validation.constraints.Size;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.ProposalStatus;
import cn.congress.oversight.plan.TopicKind;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
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

/**
 * 监督议题建议: deputies, members and working bodies propose topics from their accounts and see their own; staff
 * screen every proposal (also the moderated public ones) with reasons, adopting one into a plan as a topic.
 */
@Controller
@RequestMapping("/oversight/proposals")
@RequiredArgsConstructor
class OversightProposalController {

    private final OversightPlanService plans;
    private final OversightPlanQueries queries;
    private final OrgUnitService orgUnits;
    private final Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ProposalStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.proposals(year, status, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("years", queries.years());
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("canScreen", queries.canManage());
        model.addAttribute("bodies", orgUnits.committeeBodyOptions());
        model.addAttribute("organs", orgUnits.handlingUnitOptions());
        return "oversight/proposals/list";
    }

    /** Shows one proposer's full contact on this response only; the look is audited. */
    @PostMapping("/{id}/contact")
    String revealContact(@PathVariable long id, @RequestParam(required = false) Integer year,
                         @RequestParam(required = false) ProposalStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("revealedId", id);
        model.addAttribute("revealedContact", plans.revealContact(id));
        return list(year, status, page, model);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new OversightForms.ProposalForm(LocalDate.now(clock).getYear() + 1, null, null));
        return "oversight/proposals/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OversightForms.ProposalForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "oversight/proposals/form";
        }
        plans.propose(form.year(), form.title(), form.reason());
        redirect.addFlashAttribute("message", "议题建议已提交，筛选结果将在此显示");
        return "redirect:/oversight/proposals";
    }

    /** Screening: adopt (with the topic's details and plan) or not adopt / reject, always with reasons. */
    @PostMapping("/{id}/screen")
    String screen(@PathVariable long id, @RequestParam ProposalStatus decision, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason,
                  @RequestParam(required = false) Integer planYear, @RequestParam(required = false) TopicKind kind,
                  @RequestParam(required = false) Long leadBodyId, @RequestParam(required = false) Long organId,
                  @RequestParam(required = false) Integer plannedMonth, @RequestParam(required = false) @Size(max = 200, message = "标题不能超过200字") String title,
                  RedirectAttributes redirect) {
        Long planId = null;
        cn.congress.oversight.plan.TopicDetails topic = null;
        if (decision == ProposalStatus.ADOPTED) {
            if (planYear == null || kind == null || leadBodyId == null || organId == null || plannedMonth == null
                    || title == null || title.isBlank()) {
                throw new DomainException("采纳须填写议题名称、监督形式、牵头机构、监督对象、计划年度和月份");
            }
            planId = queries.plans().stream().filter(p -> p.year() == planYear).findFirst()
                    .orElseThrow(() -> new DomainException("请先建立" + planYear + "年度监督工作计划")).id();
            topic = new cn.congress.oversight.plan.TopicDetails(title, kind, leadBodyId, organId, plannedMonth, null);
        }
        Long topicId = plans.screen(id, decision, reason, planId, topic);
        redirect.addFlashAttribute("message", "筛选结果已登记");
        return topicId == null ? "redirect:/oversight/proposals" : "redirect:/oversight/topics/" + topicId;
    }
}
