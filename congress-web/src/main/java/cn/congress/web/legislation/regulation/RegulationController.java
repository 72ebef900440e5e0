package cn.congress.web.legislation.regulation;

import jakarta.validation.constraints.Size;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.compare.RowKind;
import cn.congress.legislation.compare.TextComparator;
import cn.congress.legislation.evaluation.EvaluationService;
import cn.congress.legislation.regulation.Regulation;
import cn.congress.legislation.regulation.RegulationSearch;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.regulation.RegulationStatus;
import cn.congress.legislation.regulation.VersionKind;
import cn.congress.legislation.support.LegislationAccess;
import cn.congress.web.legislation.LegislationLabels;
import cn.congress.web.support.Choice;
import cn.congress.web.support.Formats;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

/** 法规库 for staff: search, read any version, enact, amend, repeal, compare versions. */
@Controller
@RequestMapping("/legislation/regulations")
@RequiredArgsConstructor
class RegulationController {

    private final RegulationService regulations;
    private final EvaluationService evaluations;
    private final Clock clock;
    private final Formats fmt;
    private final RegulationHits hits;

    @ModelAttribute("statuses")
    RegulationStatus[] statuses() {
        return RegulationStatus.values();
    }

    @GetMapping(params = "export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q, @RequestParam(required = false) RegulationStatus status) {
        LegislationAccess.requireReader(Caller.current());
        {
            return XlsxExport.download("法规库", "法规", List.of(
                    XlsxExport.Column.<RegulationSearch.Hit>of("法规名称", RegulationSearch.Hit::title),
                    XlsxExport.Column.<RegulationSearch.Hit>of("效力状态", h -> LegislationLabels.label(h.status())),
                    XlsxExport.Column.<RegulationSearch.Hit>of("施行日期", RegulationSearch.Hit::effectiveOn),
                    XlsxExport.Column.<RegulationSearch.Hit>of("废止日期", RegulationSearch.Hit::repealedOn),
                    XlsxExport.Column.<RegulationSearch.Hit>of("命中条文数", RegulationSearch.Hit::articleHits)),
                    regulations.search(q, status, PageRequest.of(0, 5000)).getContent());
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) RegulationStatus status,
                @PageableDefault(size = 20) Pageable pageable, Model model) {
        LegislationAccess.requireReader(Caller.current());
        model.addAttribute("page", hits.rows(regulations.search(q, status, pageable), "/legislation/regulations"));
        model.addAttribute("counts", regulations.countByStatus());
        return "legislation/regulations/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        LegislationAccess.requireStaff(Caller.current());
        model.addAttribute("form", new RegulationForms.TextForm("", VersionKind.ENACTED, "", null, null, null, null, "", ""));
        return "legislation/regulations/form";
    }

    @PostMapping("/new")
    String enact(@Valid @ModelAttribute("form") RegulationForms.TextForm form, BindingResult errors, RedirectAttributes redirect) {
        if (form.title() == null || form.title().isBlank()) {
            errors.rejectValue("title", "required", "请填写法规名称");
        }
        if (errors.hasErrors()) {
            return "legislation/regulations/form";
        }
        try {
            Regulation r = regulations.enact(form.title().strip(), form.body(), form.adoption());
            redirect.addFlashAttribute("message", "已收入法规库：" + r.getTitle());
            return "redirect:/legislation/regulations/" + r.getId();
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return "legislation/regulations/form";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(name = "v", required = false) Integer versionNo, Model model) {
        LegislationAccess.requireReader(Caller.current());
        RegulationService.RegulationView view = regulations.view(id, versionNo);
        model.addAttribute("view", view);
        // a repeal has no text to compare
        model.addAttribute("versionChoices", view.history().stream().filter(v -> !v.kind().isRepeal())
                .map(v -> new Choice(String.valueOf(v.versionNo()), "第" + v.versionNo() + "版（" + fmt.date(v.adoptedOn()) + "）")).toList());
        model.addAttribute("evaluations", evaluations.ofRegulation(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "legislation/regulations/detail";
    }

    @GetMapping("/{id}/amend")
    String amendForm(@PathVariable long id, Model model) {
        LegislationAccess.requireStaff(Caller.current());
        RegulationService.RegulationView view = regulations.view(id, null);
        model.addAttribute("regulation", view.regulation());
        model.addAttribute("form", new RegulationForms.TextForm(null, VersionKind.AMENDED, view.version().body(), null, null, null, null, "", ""));
        return "legislation/regulations/amend";
    }

    @PostMapping("/{id}/amend")
    String amend(@PathVariable long id, @Valid @ModelAttribute("form") RegulationForms.TextForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                regulations.amend(id, form.kind(), form.body(), form.adoption());
                redirect.addFlashAttribute("message", "已登记修改，新文本为现行文本");
                return "redirect:/legislation/regulations/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("regulation", regulations.view(id, null).regulation());
        return "legislation/regulations/amend";
    }

    @PostMapping("/{id}/repeal")
    String repeal(@PathVariable long id, @RequestParam @Size(max = 200, message = "决定不能超过200字") String decision,
                  @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
                  @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                  @RequestParam(required = false) @Size(max = 100, message = "公告文号不能超过100字") String announcementNo, RedirectAttributes redirect) {
        regulations.repeal(id, decision, new cn.congress.legislation.regulation.Adoption(adoptedOn, null, null, effectiveOn,
                announcementNo == null || announcementNo.isBlank() ? null : announcementNo.strip(), null));
        redirect.addFlashAttribute("message", "已登记废止，原文本仍可查阅");
        return "redirect:/legislation/regulations/" + id;
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        LegislationAccess.requireReader(Caller.current());
        RegulationService.RegulationView a = regulations.view(id, from);
        RegulationService.RegulationView b = regulations.view(id, to);
        var comparison = TextComparator.compare(a.text(), b.text());
        model.addAttribute("regulation", a.regulation());
        model.addAttribute("from", a.version());
        model.addAttribute("to", b.version());
        model.addAttribute("comparison", comparison);
        model.addAttribute("summary", "修改" + comparison.count(RowKind.CHANGED) + "条，新增" + comparison.count(RowKind.ADDED) + "条，删除"
                + comparison.count(RowKind.DELETED) + "条");
        return "legislation/regulations/compare";
    }
}
