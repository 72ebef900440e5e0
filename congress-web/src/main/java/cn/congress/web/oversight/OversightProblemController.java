package cn.congress.web.oversight;

import jakarta.validation.constraints.Size;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.opinion.OpinionViews.ProblemFilter;
import cn.congress.oversight.opinion.OpinionViews.ProblemRow;
import cn.congress.oversight.opinion.ProblemService;
import cn.congress.oversight.opinion.ProblemStatus;
import cn.congress.oversight.opinion.ProblemStep;
import cn.congress.oversight.plan.OversightPlanQueries;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * 问题清单: the list (a unit sees its own organ's items), filtered, paginated and exported; the item page where the
 * organ reports rectification with evidence and staff close (销号), return, agree to long-term rectification, reopen
 * or edit. Edits carry the version the user saw.
 */
@Controller
@RequestMapping("/oversight/problems")
@RequiredArgsConstructor
class OversightProblemController {

    private final ProblemService problems;
    private final OpinionQueries queries;
    private final OversightPlanQueries plans;
    private final OrgUnitService orgUnits;
    private final MessageSource messages;

    /** The list's filters as query parameters. */
    record FilterParams(ProblemStatus status, Long organ, Integer year, Long opinion, Boolean overdue, @Size(max = 200, message = "查询内容不能超过200字") String q) {
        ProblemFilter toFilter() {
            return new ProblemFilter(status, organ, year, opinion, Boolean.TRUE.equals(overdue), q);
        }
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") FilterParams filter, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("page", queries.problems(filter.toFilter(), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 5), 100))));
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("years", plans.years());
        model.addAttribute("organs", orgUnits.handlingUnitOptions());
        return "oversight/problems/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@Valid @ModelAttribute FilterParams filter) {
        List<XlsxExport.Column<ProblemRow>> columns = List.of(
                new XlsxExport.Column<>("审议意见文号", ProblemRow::documentNo, 22),
                new XlsxExport.Column<>("议题", ProblemRow::topicTitle, 36),
                XlsxExport.Column.of("序号", ProblemRow::seq),
                new XlsxExport.Column<>("问题", ProblemRow::description, 50),
                XlsxExport.Column.of("责任单位", ProblemRow::organName),
                XlsxExport.Column.of("整改期限", ProblemRow::deadline),
                XlsxExport.Column.of("状态", r -> label(r.status().getMessageKey())),
                XlsxExport.Column.of("来源", r -> label(r.source().getMessageKey())),
                XlsxExport.Column.of("超期", ProblemRow::overdue),
                XlsxExport.Column.of("销号日期", ProblemRow::closedOn));
        return XlsxExport.download("问题清单", "问题清单", columns, queries.export(filter.toFilter()));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var view = queries.problem(id);
        model.addAttribute("p", view);
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new OversightForms.ReportForm(view.measuresTaken(), view.progress(), view.version(), false));
        }
        if (view.can("EDIT")) {
            if (!model.containsAttribute("itemForm")) {
                model.addAttribute("itemForm", new OversightForms.ItemForm(view.description(), view.organId(), view.measuresRequired(),
                        view.deadline(), view.version()));
            }
            model.addAttribute("organs", orgUnits.handlingUnitOptions());
        }
        return "oversight/problems/detail";
    }

    @PostMapping("/{id}/report")
    String report(@PathVariable long id, @Valid @ModelAttribute("reportForm") OversightForms.ReportForm form, BindingResult errors,
                  @RequestParam(value = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        if (!errors.hasErrors()) {
            try {
                boolean withFile = file != null && !file.isEmpty();
                problems.report(id, form.version(), form.measuresTaken(), form.progress(), form.submit(),
                        withFile ? file.getOriginalFilename() : null, withFile ? file.getBytes() : null);
                redirect.addFlashAttribute("message", form.submit() ? "整改情况已报送，等待核查销号" : "整改进展已保存");
                return "redirect:/oversight/problems/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("请选择佐证材料");
        }
        problems.attachEvidence(id, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("message", "佐证材料已上传");
        return "redirect:/oversight/problems/" + id;
    }

    @GetMapping("/{id}/evidence/{attachmentId}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = problems.evidenceFile(id, attachmentId);
        return Downloads.inline(a);
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable long id, @RequestParam long version, @RequestParam ProblemStep decision,
                  @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        problems.verify(id, version, decision, reason);
        redirect.addFlashAttribute("message", decision == ProblemStep.CLOSE ? "已销号" : decision == ProblemStep.RETURN ? "已退回整改" : "已同意长期整改");
        return "redirect:/oversight/problems/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        problems.reopen(id, version, reason);
        redirect.addFlashAttribute("message", "已重新交付整改");
        return "redirect:/oversight/problems/" + id;
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("itemForm") OversightForms.ItemForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                problems.edit(id, form.version() == null ? -1 : form.version(), form.details());
                redirect.addFlashAttribute("message", "问题已修改");
                return "redirect:/oversight/problems/" + id;
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
