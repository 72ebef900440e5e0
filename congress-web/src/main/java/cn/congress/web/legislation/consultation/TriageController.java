package cn.congress.web.legislation.consultation;

import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.consultation.CommentChannel;
import cn.congress.legislation.consultation.CommentFilter;
import cn.congress.legislation.consultation.CommentTriage;
import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationRow;
import cn.congress.legislation.consultation.Decision;
import cn.congress.legislation.consultation.Moderation;
import cn.congress.legislation.consultation.SourceKind;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;

/** 意见整理: the opinions on a bill, filtered and paged, moderated, grouped and decided. */
@Controller
@RequiredArgsConstructor
class TriageController {

    private final CommentTriage triage;
    private final ConsultationQueries queries;
    private final BillService bills;

    @GetMapping("/legislation/bills/{billId}/comments")
    String list(@PathVariable long billId, @RequestParam(required = false) Long consultation, @RequestParam(required = false) Integer article,
                @RequestParam(required = false) CommentChannel channel, @RequestParam(required = false) SourceKind source,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Decision decision, @RequestParam(required = false) Boolean undecided,
                @RequestParam(required = false) Moderation moderation, @RequestParam(required = false) Long group,
                @PageableDefault(size = 20) Pageable pageable, Model model) {
        CommentFilter filter = new CommentFilter(consultation, article, channel, source, from, to, decision, undecided, moderation, group);
        List<ConsultationRow> consultations = queries.forBill(billId);
        Long heatOf = consultation != null ? consultation : consultations.stream().findFirst().map(ConsultationRow::id).orElse(null);
        model.addAttribute("billId", billId);
        model.addAttribute("billTitle", bills.get(billId).getTitle());
        model.addAttribute("consultations", consultations);
        model.addAttribute("heat", heatOf == null ? null : queries.view(heatOf));
        model.addAttribute("filter", filter);
        model.addAttribute("page", triage.list(billId, filter, pageable));
        model.addAttribute("groups", triage.groups(billId));
        model.addAttribute("channels", CommentChannel.values());
        model.addAttribute("sources", SourceKind.values());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("moderations", Moderation.values());
        return "consultation/triage";
    }

    @PostMapping("/legislation/bills/{billId}/comments/{id}/approve")
    String approve(@PathVariable long billId, @PathVariable long id, @RequestHeader(value = "Referer", required = false) String back,
                   RedirectAttributes redirect) {
        triage.approve(billId, id);
        redirect.addFlashAttribute("message", "已审核通过，意见已公开");
        return back(billId, back);
    }

    @PostMapping("/legislation/bills/{billId}/comments/{id}/hide")
    String hide(@PathVariable long billId, @PathVariable long id, @Valid ConsultationForms.ReasonForm form, BindingResult errors,
                @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "屏蔽须写明理由");
        } else {
            triage.hide(billId, id, form.reason());
            redirect.addFlashAttribute("message", "已屏蔽该意见（保留原文，可恢复）");
        }
        return back(billId, back);
    }

    @PostMapping("/legislation/bills/{billId}/comments/{id}/restore")
    String restore(@PathVariable long billId, @PathVariable long id, @RequestHeader(value = "Referer", required = false) String back,
                   RedirectAttributes redirect) {
        triage.restore(billId, id);
        redirect.addFlashAttribute("message", "已恢复该意见");
        return back(billId, back);
    }

    @PostMapping("/legislation/bills/{billId}/comments/{id}/decide")
    String decide(@PathVariable long billId, @PathVariable long id, @Valid ConsultationForms.DecideForm form, BindingResult errors,
                  @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            triage.decide(billId, id, form.decision(), form.reason());
            redirect.addFlashAttribute("message", "处理结果已保存");
        }
        return back(billId, back);
    }

    @PostMapping("/legislation/bills/{billId}/comments/{id}/duplicate")
    String duplicate(@PathVariable long billId, @PathVariable long id, @RequestParam long originalId,
                     @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        triage.markDuplicate(billId, id, originalId);
        redirect.addFlashAttribute("message", "已标为重复意见");
        return back(billId, back);
    }

    @PostMapping("/legislation/bills/{billId}/comments/{id}/contact")
    String contact(@PathVariable long billId, @PathVariable long id, @RequestHeader(value = "Referer", required = false) String back,
                   RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "联系方式：" + triage.revealContact(billId, id) + "（本次查看已记入审计日志）");
        return back(billId, back);
    }

    @PostMapping("/legislation/bills/{billId}/comments/group")
    String group(@PathVariable long billId, @Valid ConsultationForms.GroupForm form, BindingResult errors,
                 @RequestHeader(value = "Referer", required = false) String back, RedirectAttributes redirect) {
        long groupId = triage.group(billId, form.ids(), form.groupId(), form.title());
        redirect.addFlashAttribute("message", "已将" + form.ids().size() + "条意见归入分组");
        return "redirect:/legislation/bills/" + billId + "/comments?group=" + groupId;
    }

    @PostMapping("/legislation/bills/{billId}/comments/groups/{groupId}/decide")
    String decideGroup(@PathVariable long billId, @PathVariable long groupId, @Valid ConsultationForms.DecideForm form, BindingResult errors,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            int n = triage.decideGroup(billId, groupId, form.decision(), form.reason());
            redirect.addFlashAttribute("message", "已对分组内" + n + "条意见作出处理");
        }
        return "redirect:/legislation/bills/" + billId + "/comments?group=" + groupId;
    }

    /** Back to the filtered list the action came from, never to another site. */
    private static String back(long billId, String referer) {
        String list = "/legislation/bills/" + billId + "/comments";
        if (referer != null) {
            int at = referer.indexOf(list);
            if (at >= 0 && referer.substring(0, at).matches("https?://[^/]+")) {
                return "redirect:" + referer.substring(at);
            }
        }
        return "redirect:" + list;
    }
}
