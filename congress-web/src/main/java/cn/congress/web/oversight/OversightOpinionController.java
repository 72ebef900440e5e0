package cn.congress.web.oversight;

import jakarta.validation.constraints.Size;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.OpinionStatus;
import cn.congress.oversight.opinion.OpinionViews.OpinionRow;
import cn.congress.oversight.opinion.ProblemSource;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 审议意见: the list (with Excel export), the opinion page with its problem list and handling-report rounds, and the
 * steps the viewer may take: add items, submit the handling report (the organ), schedule the satisfaction
 * evaluation, accept, publish, carry open items into a 回头看.
 */
@Controller
@RequestMapping("/oversight/opinions")
@RequiredArgsConstructor
class OversightOpinionController {

    private final OpinionService opinions;
    private final OpinionQueries queries;
    private final OversightPlanQueries plans;
    private final OrgUnitService orgUnits;
    private final SessionAgenda agenda;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) OpinionStatus status,
                @RequestParam(defaultValue = "false") boolean evaluated, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.opinions(year, status, evaluated, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("years", plans.years());
        model.addAttribute("statuses", OpinionStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("evaluated", evaluated);
        return "oversight/opinions/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) OpinionStatus status,
                                                 @RequestParam(defaultValue = "false") boolean evaluated) {
        List<OpinionRow> rows = queries.opinions(year, status, evaluated, PageRequest.of(0, OpinionQueries.EXPORT_LIMIT)).getContent();
        List<XlsxExport.Column<OpinionRow>> columns = List.of(
                new XlsxExport.Column<>("文号", OpinionRow::documentNo, 22),
                new XlsxExport.Column<>("审议意见", OpinionRow::title, 40),
                new XlsxExport.Column<>("议题", OpinionRow::topicTitle, 40),
                XlsxExport.Column.of("承办机关", OpinionRow::organName),
                XlsxExport.Column.of("交办日期", OpinionRow::issuedOn),
                XlsxExport.Column.of("状态", r -> label(r.status().getMessageKey())),
                XlsxExport.Column.of("轮次", OpinionRow::round),
                XlsxExport.Column.of("报告期限", OpinionRow::dueOn),
                XlsxExport.Column.of("超期", OpinionRow::overdue),
                XlsxExport.Column.of("测评结果", r -> r.lastPassed() == null ? null : r.lastPassed() ? "通过" : "未通过"),
                XlsxExport.Column.of("未销号问题", OpinionRow::openItems),
                XlsxExport.Column.of("问题总数", OpinionRow::items),
                XlsxExport.Column.of("已公开", OpinionRow::released));
        return XlsxExport.download("审议意见", "审议意见", columns, rows);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var view = queries.opinion(id);
        model.addAttribute("o", view);
        if (view.can("ADD_ITEM") && !model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new OversightForms.ItemForm(null, view.organId(), null,
                    view.currentRound() == null ? LocalDate.now(clock).plusMonths(3) : view.currentRound().dueOn(), null));
        }
        if (view.can("ADD_ITEM")) {
            model.addAttribute("organs", orgUnits.handlingUnitOptions());
            model.addAttribute("sources", ProblemSource.values());
        }
        if (view.can("SCHEDULE_EVALUATION")) {
            model.addAttribute("sessions", agenda.upcomingStandingCommitteeSessions());
        }
        return "oversight/opinions/detail";
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") OversightForms.ItemForm form, BindingResult errors,
                   @RequestParam(defaultValue = "OPINION") ProblemSource source, @RequestParam(required = false) @Size(max = 200, message = "来源不能超过200字") String sourceRef,
                   Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                opinions.addItem(id, form.details(), source, sourceRef == null || sourceRef.isBlank() ? null : sourceRef.trim());
                redirect.addFlashAttribute("message", "问题已列入清单");
                return "redirect:/oversight/opinions/" + id + "#items";
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/report")
    String submitReport(@PathVariable long id, @RequestParam(required = false) @Size(max = 2000, message = "内容不能超过2000字") String content, RedirectAttributes redirect) {
        opinions.submitReport(id, content);
        redirect.addFlashAttribute("message", "研究处理情况报告已提交");
        return "redirect:/oversight/opinions/" + id;
    }

    @PostMapping("/{id}/evaluation")
    String schedule(@PathVariable long id, @RequestParam(required = false) Long sessionId, RedirectAttributes redirect) {
        if (sessionId == null) {
            throw new DomainException("请选择会议");
        }
        opinions.scheduleEvaluation(id, sessionId);
        redirect.addFlashAttribute("message", "已列入会议议程并安排满意度测评");
        return "redirect:/oversight/opinions/" + id;
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark, RedirectAttributes redirect) {
        opinions.accept(id, remark);
        redirect.addFlashAttribute("message", "已登记主任会议认可研究处理情况报告");
        return "redirect:/oversight/opinions/" + id;
    }

    @PostMapping("/{id}/release")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        opinions.release(id);
        redirect.addFlashAttribute("message", "审议意见已在公众网站公开");
        return "redirect:/oversight/opinions/" + id;
    }

    @PostMapping("/{id}/release-report")
    String releaseReport(@PathVariable long id, RedirectAttributes redirect) {
        opinions.releaseReport(id);
        redirect.addFlashAttribute("message", "研究处理情况报告及测评结果已公开");
        return "redirect:/oversight/opinions/" + id;
    }

    @PostMapping("/{id}/carry-over")
    String carryOver(@PathVariable long id, @RequestParam long followUpOpinionId, RedirectAttributes redirect) {
        int n = opinions.carryOver(id, followUpOpinionId);
        redirect.addFlashAttribute("message", n + "项未销号问题已转入回头看");
        return "redirect:/oversight/opinions/" + followUpOpinionId;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
