package cn.congress.web.legislation.plan;

import jakarta.validation.constraints.Size;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.plan.LegislativePlan;
import cn.congress.legislation.plan.PlanKind;
import cn.congress.legislation.plan.PlanProject;
import cn.congress.legislation.plan.PlanService;
import cn.congress.legislation.plan.PlanViews;
import cn.congress.legislation.plan.ProjectProposal;
import cn.congress.legislation.plan.PlanStanding;
import cn.congress.legislation.plan.ProjectCategory;
import cn.congress.legislation.plan.ProposerKind;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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
import java.util.Arrays;
import java.util.stream.Collectors;

/** 五年立法规划、年度立法计划、立项建议. */
@Controller
@RequestMapping("/legislation/plans")
@RequiredArgsConstructor
class PlanController {

    private final PlanService plans;
    private final Clock clock;

    @ModelAttribute("planKinds")
    PlanKind[] planKinds() {
        return PlanKind.values();
    }

    @ModelAttribute("categories")
    ProjectCategory[] categories() {
        return ProjectCategory.values();
    }

    @ModelAttribute("proposerKinds")
    ProposerKind[] proposerKinds() {
        return ProposerKind.values();
    }

    @GetMapping
    String list(Model model) {
        int year = LocalDate.now(clock).getYear();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlanForms.PlanForm(PlanKind.ANNUAL, year + 1 + "年度立法计划", year + 1, year + 1, null, ""));
        }
        model.addAttribute("plans", plans.planList());
        return "legislation/plans/list";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PlanForms.PlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                LegislativePlan plan = plans.create(form.details());
                redirect.addFlashAttribute("message", "已新建：" + plan.getTitle());
                return "redirect:/legislation/plans/" + plan.getId();
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("plans", plans.planList());
        return "legislation/plans/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        PlanService.PlanView view = plans.view(id, LocalDate.now(clock));
        model.addAttribute("view", view);
        model.addAttribute("plan", view.plan());
        model.addAttribute("chartLabels", Arrays.stream(PlanStanding.values()).map(s -> switch (s) {
            case NOT_DUE -> "按计划推进";
            case ON_TIME -> "按期提请";
            case LATE -> "逾期";
            case MOVED -> "调整至以后年度";
        }).collect(Collectors.joining("|")));
        model.addAttribute("chartValues", Arrays.stream(PlanStanding.values()).map(s -> String.valueOf(view.standings().getOrDefault(s, 0L)))
                .collect(Collectors.joining("|")));
        if (!model.containsAttribute("project")) {
            model.addAttribute("project", new PlanForms.ProjectForm("", ProjectCategory.FORMAL, "", "", "法制工作委员会", null, null, null));
        }
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", new PlanForms.ProposalForm("", ProposerKind.DEPUTY, "", LocalDate.now(clock), "", null));
        }
        return "legislation/plans/detail";
    }

    @PostMapping("/{id}/projects")
    String addProject(@PathVariable long id, @Valid @ModelAttribute("project") PlanForms.ProjectForm form, BindingResult errors,
                      RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return back(id, errors, redirect, "project", form);
        }
        plans.addProject(id, form.details());
        redirect.addFlashAttribute("message", "已添加立法项目：" + form.title());
        return "redirect:/legislation/plans/" + id + "#projects";
    }

    @GetMapping("/{id}/projects/{projectId}/edit")
    String editProject(@PathVariable long id, @PathVariable long projectId, Model model) {
        PlanViews.Project project = plans.projectView(id, projectId);
        model.addAttribute("form", PlanForms.ProjectForm.of(project));
        return projectPage(id, project, model);
    }

    @PostMapping("/{id}/projects/{projectId}/edit")
    String updateProject(@PathVariable long id, @PathVariable long projectId, @Valid @ModelAttribute("form") PlanForms.ProjectForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                plans.updateProject(id, projectId, form.version() == null ? -1 : form.version(), form.details());
                redirect.addFlashAttribute("message", "立法项目已保存：" + form.title());
                return "redirect:/legislation/plans/" + id + "#projects";
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return projectPage(id, plans.projectView(id, projectId), model);
    }

    private String projectPage(long planId, PlanViews.Project project, Model model) {
        model.addAttribute("plan", plans.planView(planId));
        model.addAttribute("item", project);
        return "legislation/plans/project-form";
    }

    @GetMapping("/{id}/proposals/{proposalId}/edit")
    String editProposal(@PathVariable long id, @PathVariable long proposalId, Model model) {
        PlanViews.Proposal proposal = plans.proposalView(id, proposalId);
        model.addAttribute("form", PlanForms.ProposalForm.of(proposal));
        return proposalPage(id, proposal, model);
    }

    @PostMapping("/{id}/proposals/{proposalId}/edit")
    String updateProposal(@PathVariable long id, @PathVariable long proposalId, @Valid @ModelAttribute("form") PlanForms.ProposalForm form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                plans.updateProposal(id, proposalId, form.version() == null ? -1 : form.version(), form.details());
                redirect.addFlashAttribute("message", "立项建议已保存：" + form.title());
                return "redirect:/legislation/plans/" + id + "#proposals";
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return proposalPage(id, plans.proposalView(id, proposalId), model);
    }

    private String proposalPage(long planId, PlanViews.Proposal proposal, Model model) {
        model.addAttribute("plan", plans.planView(planId));
        model.addAttribute("item", proposal);
        return "legislation/plans/proposal-form";
    }

    @PostMapping("/{id}/projects/{projectId}/move")
    String move(@PathVariable long id, @PathVariable long projectId, @RequestParam int year, @RequestParam @Size(max = 500, message = "理由不能超过500字") String reason,
                RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("请填写调整理由");
        }
        plans.moveToYear(projectId, year, reason.strip());
        redirect.addFlashAttribute("message", "项目已调整至" + year + "年度");
        return "redirect:/legislation/plans/" + id + "#projects";
    }

    @PostMapping("/{id}/proposals")
    String addProposal(@PathVariable long id, @Valid @ModelAttribute("proposal") PlanForms.ProposalForm form, BindingResult errors,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return back(id, errors, redirect, "proposal", form);
        }
        plans.addProposal(id, form.details());
        redirect.addFlashAttribute("message", "已登记立项建议：" + form.title());
        return "redirect:/legislation/plans/" + id + "#proposals";
    }

    @PostMapping("/{id}/proposals/{proposalId}/demonstration")
    String demonstration(@PathVariable long id, @PathVariable long proposalId, @RequestParam @Size(max = 4000, message = "论证意见不能超过4000字") String demonstration, RedirectAttributes redirect) {
        if (demonstration == null || demonstration.isBlank()) {
            throw new DomainException("请填写论证意见");
        }
        plans.recordDemonstration(proposalId, demonstration.strip());
        redirect.addFlashAttribute("message", "论证意见已保存");
        return "redirect:/legislation/plans/" + id + "#proposals";
    }

    @PostMapping("/{id}/proposals/{proposalId}/list")
    String listProposal(@PathVariable long id, @PathVariable long proposalId, @Valid @ModelAttribute("listing") PlanForms.ProjectForm form,
                        BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
            return "redirect:/legislation/plans/" + id + "#proposals";
        }
        plans.list(proposalId, form.details(), form.reason(), LocalDate.now(clock));
        redirect.addFlashAttribute("message", "已列入计划：" + form.title());
        return "redirect:/legislation/plans/" + id + "#projects";
    }

    @PostMapping("/{id}/proposals/{proposalId}/reject")
    String reject(@PathVariable long id, @PathVariable long proposalId, @RequestParam @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        plans.reject(proposalId, reason, LocalDate.now(clock));
        redirect.addFlashAttribute("message", "已决定不列入计划");
        return "redirect:/legislation/plans/" + id + "#proposals";
    }

    private static String back(long id, BindingResult errors, RedirectAttributes redirect, String name, Object form) {
        redirect.addFlashAttribute("org.springframework.validation.BindingResult." + name, errors);
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute("error", "请修改标出的问题后再提交");
        return "redirect:/legislation/plans/" + id;
    }
}
