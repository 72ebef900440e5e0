package cn.congress.web.legislation.filing;

import jakarta.validation.constraints.Size;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.filing.FilingDeadline;
import cn.congress.legislation.filing.FilingDueFilter;
import cn.congress.legislation.filing.FilingReview;
import cn.congress.domain.account.Caller;
import cn.congress.legislation.filing.FilingService;
import cn.congress.legislation.filing.FilingView;
import cn.congress.legislation.support.LegislationAccess;
import cn.congress.legislation.filing.FilingStatus;
import cn.congress.web.legislation.LegislationLabels;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 规范性文件备案审查. */
@Controller
@RequestMapping("/legislation/filings")
@RequiredArgsConstructor
class FilingController {

    private final FilingService filings;
    private final Clock clock;

    @GetMapping(params = "export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) FilingStatus status, @RequestParam(required = false) String organ,
                                                 @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) FilingDueFilter due,
                                                 @PageableDefault(size = 20, sort = "receivedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<FilingView> rows = filings.rows(status, organ, year, q, due, today, PageRequest.of(0, 5000, pageable.getSort())).getContent();
        return XlsxExport.download("备案审查", "备案文件", List.of(
                XlsxExport.Column.<FilingView>of("文件名称", FilingView::documentTitle),
                XlsxExport.Column.<FilingView>of("文号", FilingView::documentNo),
                XlsxExport.Column.<FilingView>of("制定机关", FilingView::filingOrgan),
                XlsxExport.Column.<FilingView>of("公布日期", FilingView::publishedOn),
                XlsxExport.Column.<FilingView>of("收到日期", FilingView::receivedOn),
                XlsxExport.Column.<FilingView>of("是否迟报", f -> f.late() ? "迟报" : ""),
                XlsxExport.Column.<FilingView>of("审查人", FilingView::reviewer),
                XlsxExport.Column.<FilingView>of("审查结论", f -> LegislationLabels.label(f.finding())),
                XlsxExport.Column.<FilingView>of("状态", f -> LegislationLabels.label(f.status())),
                XlsxExport.Column.<FilingView>of("办理期限", f -> f.deadline() != null
                        ? LegislationLabels.label(f.deadline().kind()) + "：" + f.deadline().dueOn() : ""),
                XlsxExport.Column.<FilingView>of("是否逾期", f -> f.deadline() != null && f.deadline().overdue() ? "逾期" : "")),
                rows);
    }

    @GetMapping
    String list(@RequestParam(required = false) FilingStatus status, @RequestParam(required = false) String organ,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                @RequestParam(required = false) FilingDueFilter due,
                @PageableDefault(size = 20, sort = "receivedOn", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
        int submitDays = filings.submitDays();
        LocalDate today = LocalDate.now(clock);
        FilingService.Statistics stats = filings.statistics(year);
        model.addAttribute("page", filings.rows(status, organ, year, q, due, today, pageable));
        model.addAttribute("mayReceive", LegislationAccess.isStaff(Caller.current()));
        model.addAttribute("dueFilters", FilingDueFilter.values());
        model.addAttribute("statuses", FilingStatus.values());
        model.addAttribute("organs", filings.organs());
        model.addAttribute("submitDays", submitDays);
        model.addAttribute("stats", stats);
        model.addAttribute("yearLabels", stats.byYear().keySet().stream().map(String::valueOf).collect(Collectors.joining("|")));
        model.addAttribute("yearValues", stats.byYear().values().stream().map(v -> String.valueOf(v[0])).collect(Collectors.joining("|")));
        model.addAttribute("organLabels", String.join("|", stats.byOrgan().keySet()));
        model.addAttribute("organValues", stats.byOrgan().values().stream().map(String::valueOf).collect(Collectors.joining("|")));
        return "legislation/filings/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        filings.requireEditor();
        model.addAttribute("form", new FilingForm("", "", "", null, LocalDate.now(clock)));
        model.addAttribute("organs", filings.organs());
        return "legislation/filings/new";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") FilingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                FilingReview f = filings.receive(form.details());
                redirect.addFlashAttribute("message", f.isLate(filings.submitDays()) ? "已登记。该文件超过报送期限，已标记为迟报。" : "已登记备案文件");
                return "redirect:/legislation/filings/" + f.getId();
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("organs", filings.organs());
        return "legislation/filings/new";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("filing", filings.view(id, LocalDate.now(clock)));
        model.addAttribute("submitDays", filings.submitDays());
        model.addAttribute("today", LocalDate.now(clock));
        return "legislation/filings/detail";
    }

    @PostMapping("/{id}/steps/{action}")
    String step(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) @Size(max = 2000, message = "内容不能超过2000字") String text,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && t.length() > 2000) {
            throw new DomainException("内容过长");
        }
        FilingReview f = switch (action) {
            case "assign" -> {
                if (t == null) {
                    throw new DomainException("请填写审查人");
                }
                yield filings.assignReviewer(id, t.length() > 64 ? t.substring(0, 64) : t);
            }
            case "lawful" -> filings.findLawful(id, on, t);
            case "problem" -> filings.findProblem(id, t);
            case "correction" -> filings.requestCorrection(id, date, t, LocalDate.now(clock));
            case "answer" -> filings.recordAnswer(id, t, on);
            case "close" -> filings.close(id, on, t);
            default -> throw new cn.congress.domain.shared.NotFoundException("操作", action);
        };
        redirect.addFlashAttribute("message", "已办理：" + LegislationLabels.label(f.getStatus()));
        return "redirect:/legislation/filings/" + id;
    }
}
