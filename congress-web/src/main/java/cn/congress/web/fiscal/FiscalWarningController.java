package cn.congress.web.fiscal;

import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.fiscal.budget.WarningQueries;
import cn.congress.oversight.fiscal.budget.WarningRule;
import cn.congress.oversight.fiscal.budget.WarningService;
import cn.congress.oversight.fiscal.budget.WarningStatus;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningFilter;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningRow;
import cn.congress.oversight.fiscal.budget.WarningViews.WarningView;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 预警: the list (a department sees only the warnings sent to it), its export, and the warning page where staff
 * send it for an explanation, the department answers, and staff close it or turn it into a problem item.
 */
@Controller
@RequestMapping("/fiscal/warnings")
@RequiredArgsConstructor
class FiscalWarningController {

    private final WarningQueries queries;
    private final WarningService warnings;
    private final MessageSource messages;
    private final Clock clock;

    record FilterParams(Integer year, WarningRule rule, WarningStatus status, Long department) {
        WarningFilter toFilter() {
            return new WarningFilter(year, rule, status, department);
        }
    }

    @GetMapping
    String list(@ModelAttribute("filter") FilterParams filter, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("page", queries.list(filter.toFilter(), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 5), 100))));
        model.addAttribute("rules", WarningRule.values());
        model.addAttribute("statuses", WarningStatus.values());
        return "fiscal/warnings/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute FilterParams filter) {
        List<XlsxExport.Column<WarningRow>> columns = List.of(
                XlsxExport.Column.of("年度", WarningRow::year),
                XlsxExport.Column.of("月份", WarningRow::month),
                XlsxExport.Column.of("预警规则", r -> label(r.rule().getMessageKey())),
                new XlsxExport.Column<>("部门", WarningRow::departmentName, 24),
                new XlsxExport.Column<>("预算单位", WarningRow::unitName, 30),
                new XlsxExport.Column<>("科目", WarningRow::categoryName, 24),
                XlsxExport.Column.of("测算值（%）", WarningRow::measured),
                XlsxExport.Column.of("阈值（%）", WarningRow::threshold),
                XlsxExport.Column.of("金额（元）", WarningRow::amount),
                XlsxExport.Column.of("状态", r -> label(r.status().getMessageKey())));
        return XlsxExport.download("预算执行预警", "预警", columns, queries.export(filter.toFilter()));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        WarningView w = queries.warning(id);
        model.addAttribute("w", w);
        if (!model.containsAttribute("sendForm")) {
            model.addAttribute("sendForm", new FiscalForms.SendForm(null, w.version()));
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new FiscalForms.AnswerForm(null, w.version()));
        }
        if (w.can("TO_PROBLEM")) {
            model.addAttribute("opinions", queries.opinionsForItems());
            if (!model.containsAttribute("problemForm")) {
                model.addAttribute("problemForm", new FiscalForms.ProblemForm(null, null, LocalDate.now(clock).plusMonths(3), w.version()));
            }
        }
        return "fiscal/warnings/detail";
    }

    @PostMapping("/{id}/send")
    String send(@PathVariable long id, @Valid @ModelAttribute("sendForm") FiscalForms.SendForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        warnings.send(id, form.version(), form.question());
        redirect.addFlashAttribute("message", "预警已发送部门，等待部门说明");
        return "redirect:/fiscal/warnings/" + id;
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") FiscalForms.AnswerForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                warnings.answer(id, form.version(), form.answer());
                redirect.addFlashAttribute("message", "情况说明已提交");
                return "redirect:/fiscal/warnings/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        warnings.close(id, version);
        redirect.addFlashAttribute("message", "预警已办结");
        return "redirect:/fiscal/warnings/" + id;
    }

    @PostMapping("/{id}/problem")
    String problem(@PathVariable long id, @Valid @ModelAttribute("problemForm") FiscalForms.ProblemForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long problemId = warnings.toProblem(id, form.version(), form.opinionId(), form.measures(), form.deadline());
                redirect.addFlashAttribute("message", "已转为问题清单项，进入整改跟踪");
                return "redirect:/oversight/problems/" + problemId;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return detail(id, model);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
