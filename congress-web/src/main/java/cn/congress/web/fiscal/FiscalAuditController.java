package cn.congress.web.fiscal;

import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.fiscal.audit.AuditQueries;
import cn.congress.oversight.fiscal.audit.AuditService;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingDetails;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingView;
import cn.congress.oversight.fiscal.audit.AuditViews.ReportView;
import cn.congress.oversight.fiscal.audit.FindingKind;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 审计查出问题整改: the audit work reports with their rectification figures, the report page with its findings (an
 * audited unit sees only its own), the finding page where the unit states the amount recovered; rectification and
 * 销号 happen on the finding's problem item, the rectification report and its vote on the report's opinion.
 */
@Controller
@RequestMapping("/fiscal/audit")
@RequiredArgsConstructor
class FiscalAuditController {

    private final AuditService audit;
    private final AuditQueries queries;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        model.addAttribute("reports", queries.reports());
        model.addAttribute("canCreate", queries.canRecord());
        return "fiscal/audit/list";
    }

    @GetMapping("/new")
    String newReport(Model model) {
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new FiscalForms.AuditReportForm(null, null, null, LocalDate.now(clock)));
        }
        model.addAttribute("topics", queries.heardTopics());
        return "fiscal/audit/new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("reportForm") FiscalForms.AuditReportForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = audit.createReport(form.topicId(), form.title(), form.content(), form.issuedOn());
                redirect.addFlashAttribute("message", "审计工作报告已登记，审议意见已交办");
                return "redirect:/fiscal/audit/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return newReport(model);
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        ReportView r = queries.report(id);
        model.addAttribute("r", r);
        if (r.canAdd()) {
            if (!model.containsAttribute("findingForm")) {
                model.addAttribute("findingForm", new FiscalForms.FindingForm(null, null, null, null, null));
            }
            model.addAttribute("units", queries.units());
            model.addAttribute("kinds", FindingKind.values());
        }
        return "fiscal/audit/report";
    }

    @PostMapping("/{id}/findings")
    String addFinding(@PathVariable long id, @Valid @ModelAttribute("findingForm") FiscalForms.FindingForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                audit.addFinding(id, new FindingDetails(form.unitId(), form.kind(), form.description(), form.measures(), form.amount()));
                redirect.addFlashAttribute("message", "已列入问题清单，整改期限按规则自动计算");
                return "redirect:/fiscal/audit/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return report(id, model);
    }

    @GetMapping("/findings/{id}")
    String finding(@PathVariable long id, Model model) {
        FindingView f = queries.finding(id);
        model.addAttribute("f", f);
        if (!model.containsAttribute("recoveryForm")) {
            model.addAttribute("recoveryForm", new FiscalForms.RecoveryForm(f.recovered(), f.version()));
        }
        return "fiscal/audit/finding";
    }

    @PostMapping("/findings/{id}/recovered")
    String recovered(@PathVariable long id, @Valid @ModelAttribute("recoveryForm") FiscalForms.RecoveryForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                audit.recordRecovered(id, form.version(), form.amount());
                redirect.addFlashAttribute("message", "整改金额已更新");
                return "redirect:/fiscal/audit/findings/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return finding(id, model);
    }
}
