package cn.congress.web.legislation.bill;

import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.bill.Bill;
import cn.congress.legislation.bill.BillDetail;
import cn.congress.legislation.bill.BillTexts;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillQueries;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.BillSessions;
import cn.congress.legislation.bill.BillStatus;
import cn.congress.legislation.bill.BillVersion;
import cn.congress.legislation.bill.DocumentType;
import cn.congress.legislation.bill.EnactingBody;
import cn.congress.legislation.bill.VersionStage;
import cn.congress.legislation.compare.RowKind;
import cn.congress.legislation.plan.PlanService;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.text.LegalTextParser;
import cn.congress.web.legislation.LegislationLabels;
import cn.congress.web.support.Formats;
import cn.congress.web.support.StatusStyles;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import java.time.Clock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** 法规案: list, creation, detail with texts, documents, workflow and timeline, the comparison table. */
@Controller
@RequestMapping("/legislation/bills")
@RequiredArgsConstructor
class BillController {

    private final BillService bills;
    private final BillSessions sessions;
    private final PlanService plans;
    private final RegulationService regulations;
    private final Clock clock;
    private final cn.congress.legislation.consultation.ConsultationQueries consultations;
    private final cn.congress.legislation.consultation.CommentTriage commentTriage;
    private final BillQueries billQueries;
    private final MessageSource messages;
    private final StatusStyles styles;
    private final Formats fmt;

    @ModelAttribute("kinds")
    BillKind[] kinds() {
        return BillKind.values();
    }

    @ModelAttribute("enactingBodies")
    EnactingBody[] enactingBodies() {
        return EnactingBody.values();
    }

    @GetMapping(params = "export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) BillStatus status, @RequestParam(required = false) BillKind kind,
                                                 @RequestParam(required = false) EnactingBody body, @RequestParam(required = false) String q,
                                                 @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        {
            Page<BillDetail> all = bills.page(status, kind, body, q, PageRequest.of(0, 5000, pageable.getSort()));
            return XlsxExport.download("法规案", "法规案", List.of(
                    XlsxExport.Column.<BillDetail>of("法规案名称", BillDetail::title),
                    XlsxExport.Column.<BillDetail>of("类别", b -> LegislationLabels.label(b.kind())),
                    XlsxExport.Column.<BillDetail>of("制定机关", b -> LegislationLabels.label(b.enactingBody())),
                    XlsxExport.Column.<BillDetail>of("提案人", BillDetail::sponsor),
                    XlsxExport.Column.<BillDetail>of("起草单位", BillDetail::draftingUnit),
                    XlsxExport.Column.<BillDetail>of("状态", b -> LegislationLabels.label(b.status())),
                    XlsxExport.Column.<BillDetail>of("审议次数", BillDetail::readingsHeld),
                    XlsxExport.Column.<BillDetail>of("表决通过日期", BillDetail::passedOn),
                    XlsxExport.Column.<BillDetail>of("公布日期", BillDetail::promulgatedOn),
                    XlsxExport.Column.<BillDetail>of("施行日期", BillDetail::effectiveOn)), all.getContent());
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) BillStatus status, @RequestParam(required = false) BillKind kind,
                @RequestParam(required = false) EnactingBody body, @RequestParam(required = false) String q,
                @PageableDefault(size = 20) Pageable pageable, HttpServletRequest request, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        String contextPath = request.getContextPath();
        model.addAttribute("page", billQueries.page(status, kind, body, q, pageable)
                .map(b -> BillListRow.of(b, contextPath, messages, locale, styles, fmt)));
        model.addAttribute("statuses", BillStatus.values());
        return "legislation/bills/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long project, Model model) {
        bills.requireEditor();
        model.addAttribute("form", BillForms.BillForm.empty(project));
        return formPage(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") BillForms.BillForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model);
        }
        try {
            Bill bill = bills.create(form.details());
            redirect.addFlashAttribute("message", "已新建法规案：" + bill.getTitle());
            return "redirect:/legislation/bills/" + bill.getId();
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return formPage(model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        bills.requireEditor();
        BillDetail bill = bills.detail(id);
        model.addAttribute("bill", bill);
        model.addAttribute("form", BillForms.BillForm.of(bill));
        return formPage(model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BillForms.BillForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("bill", bills.detail(id));
        if (!errors.hasErrors()) {
            try {
                bills.update(id, form.version() == null ? -1 : form.version(), form.details());
                redirect.addFlashAttribute("message", "基本情况已保存");
                return "redirect:/legislation/bills/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return formPage(model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        BillService.BillView view = bills.view(id, LocalDate.now(clock));
        model.addAttribute("view", view);
        model.addAttribute("bill", view.bill());
        model.addAttribute("stages", VersionStage.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("upcomingSessions", sessions.upcoming());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("consultations", consultations.forBill(id));
        return "legislation/bills/detail";
    }

    @GetMapping("/{id}/versions/new")
    String newVersion(@PathVariable long id, @RequestParam(required = false) VersionStage stage,
                      @RequestParam(required = false) Long copy, Model model) {
        bills.requireEditor();
        BillDetail bill = bills.detail(id);
        String body = copy == null ? "" : bills.text(id, copy).body();
        model.addAttribute("bill", bill);
        model.addAttribute("form", new BillForms.VersionForm(stage, body, ""));
        model.addAttribute("stages", VersionStage.values());
        return "legislation/bills/version-form";
    }

    @GetMapping("/{id}/versions/{versionId}/edit")
    String editVersion(@PathVariable long id, @PathVariable long versionId, Model model) {
        bills.requireEditor();
        BillTexts.Version v = bills.text(id, versionId);
        model.addAttribute("bill", bills.detail(id));
        model.addAttribute("form", new BillForms.VersionForm(v.stage(), v.body(), v.note()));
        model.addAttribute("stages", VersionStage.values());
        return "legislation/bills/version-form";
    }

    @PostMapping("/{id}/versions")
    String saveVersion(@PathVariable long id, @Valid @ModelAttribute("form") BillForms.VersionForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                BillVersion v = bills.saveVersion(id, form.stage(), form.body(), BillForms.blank(form.note()));
                redirect.addFlashAttribute("message", "文本已保存");
                return "redirect:/legislation/bills/" + id + "/versions/" + v.getId();
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("bill", bills.detail(id));
        model.addAttribute("stages", VersionStage.values());
        return "legislation/bills/version-form";
    }

    @GetMapping("/{id}/versions/{versionId}")
    String version(@PathVariable long id, @PathVariable long versionId, Model model) {
        BillTexts.Version v = bills.text(id, versionId);
        model.addAttribute("bill", bills.detail(id));
        model.addAttribute("version", v);
        model.addAttribute("text", LegalTextParser.parse(v.body()));
        return "legislation/bills/version";
    }

    @GetMapping(path = "/{id}/compare", params = "format=xlsx")
    ResponseEntity<StreamingResponseBody> compareXlsx(@PathVariable long id, @RequestParam long from, @RequestParam long to) {
        return ComparisonExport.xlsx(bills.compare(id, from, to));
    }

    @GetMapping(path = "/{id}/compare", params = "format=docx")
    ResponseEntity<StreamingResponseBody> compareDocx(@PathVariable long id, @RequestParam long from, @RequestParam long to) {
        return ComparisonExport.docx(bills.compare(id, from, to));
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable long id, @RequestParam long from, @RequestParam long to, Model model) {
        BillService.ComparisonView view = bills.compare(id, from, to);
        model.addAttribute("view", view);
        model.addAttribute("bill", view.bill());
        model.addAttribute("changed", view.comparison().count(RowKind.CHANGED));
        model.addAttribute("added", view.comparison().count(RowKind.ADDED));
        model.addAttribute("deleted", view.comparison().count(RowKind.DELETED));
        model.addAttribute("same", view.comparison().count(RowKind.SAME));
        model.addAttribute("versions", bills.view(id, LocalDate.now(clock)).versions());
        model.addAttribute("adopted", commentTriage.adoptedByArticle(id, from));
        return "legislation/bills/compare";
    }

    @PostMapping("/{id}/documents")
    String addDocument(@PathVariable long id, @Valid @ModelAttribute("document") BillForms.DocumentForm form, BindingResult errors,
                       @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
            return "redirect:/legislation/bills/" + id + "#documents";
        }
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        bills.addDocument(id, form.type(), form.title().strip(), form.body(), file == null ? null : file.getOriginalFilename(), content);
        redirect.addFlashAttribute("message", "文件已添加");
        return "redirect:/legislation/bills/" + id + "#documents";
    }

    @GetMapping("/{id}/documents/{documentId}")
    String document(@PathVariable long id, @PathVariable long documentId, Model model) {
        model.addAttribute("bill", bills.detail(id));
        model.addAttribute("document", bills.document(id, documentId));
        return "legislation/bills/document";
    }

    @GetMapping("/{id}/files/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = bills.file(id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .body(a.getContent());
    }

    @PostMapping("/{id}/steps/{action}")
    String step(@PathVariable long id, @PathVariable String action, @Valid @ModelAttribute BillForms.StepForm f, BindingResult errors,
                RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
            return "redirect:/legislation/bills/" + id;
        }
        LocalDate on = f.on(LocalDate.now(clock));
        String remark = BillForms.blank(f.remark());
        Bill bill = switch (action) {
            case "submit" -> bills.submit(id, on, remark);
            case "schedule" -> f.sessionId() != null ? bills.scheduleReadingAt(id, f.sessionId(), on)
                    : bills.scheduleReading(id, on, bills.sessionRef(null, f.sessionTitle()));
            case "reading" -> bills.recordReading(id, on, bills.sessionRef(f.sessionId(), f.sessionTitle()), remark);
            case "unified-review" -> bills.startUnifiedReview(id, on, remark);
            case "readings" -> bills.decideThreeReadings(id, Boolean.TRUE.equals(f.threeReadings()), on, remark);
            case "to-vote" -> bills.submitToVote(id, on, bills.sessionRef(f.sessionId(), f.sessionTitle()), remark);
            case "vote" -> bills.recordVote(id, Boolean.TRUE.equals(f.adopted()), on, bills.sessionRef(f.sessionId(), f.sessionTitle()), remark);
            case "approval" -> bills.sendForApproval(id, on, remark);
            case "approve" -> bills.approve(id, on, remark);
            case "not-approved" -> bills.refuseApproval(id, on, remark);
            case "promulgate" -> {
                if (f.announcementNo() == null || f.announcementNo().isBlank() || f.effectiveOn() == null) {
                    throw new DomainException("请填写公告编号和施行日期");
                }
                yield bills.promulgate(id, f.announcementNo().strip(), on, f.effectiveOn());
            }
            case "in-force" -> bills.takeEffect(id, LocalDate.now(clock));
            case "shelve" -> bills.shelve(id, on, remark);
            case "resume" -> bills.resume(id, on, remark);
            case "withdraw" -> bills.withdraw(id, on, remark);
            case "terminate" -> bills.terminate(id, on, remark);
            default -> throw new cn.congress.domain.shared.NotFoundException("操作", action);
        };
        redirect.addFlashAttribute("message", "已办理：" + LegislationLabels.label(bill.getStatus()));
        return "redirect:/legislation/bills/" + id;
    }

    private String formPage(Model model) {
        model.addAttribute("projects", plans.projectChoices());
        model.addAttribute("regulations", regulations.choices());
        return "legislation/bills/form";
    }
}
