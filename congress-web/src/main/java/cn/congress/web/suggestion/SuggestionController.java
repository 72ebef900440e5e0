package cn.congress.web.suggestion;

import jakarta.validation.constraints.Size;
import cn.congress.deputies.roster.RosterService;
import cn.congress.deputies.suggestion.SuggestionCategory;
import cn.congress.deputies.suggestion.SuggestionFilter;
import cn.congress.deputies.suggestion.SuggestionKind;
import cn.congress.deputies.suggestion.SuggestionPhase;
import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.term.TermService;
import cn.congress.deputies.suggestion.SuggestionQueries;
import cn.congress.deputies.suggestion.SuggestionRow;
import cn.congress.deputies.suggestion.StepRefused;
import cn.congress.deputies.suggestion.SuggestionAssignment;
import cn.congress.deputies.suggestion.SuggestionDetails;
import cn.congress.deputies.suggestion.SuggestionEvaluation;
import cn.congress.deputies.suggestion.SuggestionFiling;
import cn.congress.deputies.suggestion.SuggestionHandling;
import cn.congress.deputies.suggestion.SuggestionReview;
import cn.congress.deputies.suggestion.SuggestionStatus;
import cn.congress.deputies.suggestion.SuggestionView;
import cn.congress.domain.account.Role;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.Labeled;
import cn.congress.web.support.Choice;
import cn.congress.web.support.Formats;
import cn.congress.web.support.StatusStyles;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 代表建议: one list for every role (a deputy sees their own, a unit what is assigned to it, staff everything filed),
 * the suggestion page with the actions the viewer may take, and the Excel export of every list.
 */
@Controller
@RequestMapping("/suggestions")
@RequiredArgsConstructor
class SuggestionController {

    private final SuggestionFiling filing;
    private final SuggestionReview review;
    private final SuggestionAssignment assignment;
    private final SuggestionHandling handling;
    private final SuggestionEvaluation evaluation;
    private final SuggestionDetails details;
    private final SuggestionQueries queries;
    private final RosterService roster;
    private final OrgUnitService orgUnits;
    private final Rules rules;
    private final TermService terms;
    private final MessageSource messages;
    private final Clock clock;
    private final StatusStyles styles;
    private final Formats fmt;

    /** Which list the caller gets (the heading, the filters shown); what it holds is decided by the service. */
    record Perspective(boolean staff, boolean unit, boolean deputy) {
        static Perspective current() {
            Caller c = Caller.current();
            return new Perspective(c.has(Role.STAFF), c.has(Role.UNIT), c.has(Role.DEPUTY));
        }
    }

    private static final List<Choice> KEY_CHOICES = List.of(new Choice("true", "重点督办"), new Choice("false", "一般"));

    // ----- lists -----

    @GetMapping
    String list(@Valid @ModelAttribute("filter") FilterParams filter,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        Perspective viewer = Perspective.current();
        CountedPage<SuggestionRow> rows = queries.page(filter.toFilter(), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 5), 100)));
        model.addAttribute("page", rows);
        model.addAttribute("lines", SuggestionListLine.of(rows.getContent(), messages, styles, fmt));
        model.addAttribute("viewer", viewer);
        // the filters' options as ready Choices (fragments/filter :: select with choices=true): 76 options on the staff's list
        model.addAttribute("statuses", labeled(SuggestionStatus.values()));
        model.addAttribute("categories", labeled(SuggestionCategory.values()));
        model.addAttribute("kinds", labeled(SuggestionKind.values()));
        if (viewer.staff()) {
            model.addAttribute("units", orgUnits.handlingUnitOptions().stream().map(u -> new Choice(Long.toString(u.id()), u.name())).toList());
            model.addAttribute("delegations", roster.delegations().stream().map(d -> new Choice(Long.toString(d.id()), d.name())).toList());
            model.addAttribute("keyChoices", KEY_CHOICES);
            model.addAttribute("bundles", details.bundles().stream().map(b -> new Choice(Long.toString(b.id()), b.theme())).toList());
        }
        if (viewer.deputy()) {
            model.addAttribute("awaiting", queries.awaitingDeputy());
        }
        return "suggestions/list";
    }

    /** The list's filters as query parameters. */
    record FilterParams(SuggestionStatus status, Long unit, SuggestionCategory category, Long delegation, Boolean key,
                        Long bundle, Boolean overdue, @Size(max = 200, message = "查询内容不能超过200字") String q, SuggestionKind kind) {
        SuggestionFilter toFilter() {
            return new SuggestionFilter(status, unit, category, delegation, key, bundle, Boolean.TRUE.equals(overdue), q, kind);
        }
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@Valid @ModelAttribute FilterParams filter) {
        List<SuggestionRow> rows = queries.export(filter.toFilter());
        List<XlsxExport.Column<SuggestionRow>> columns = List.of(
                new XlsxExport.Column<>("登记号", SuggestionRow::registrationNumber, 16),
                new XlsxExport.Column<>("标题", SuggestionRow::title, 40),
                XlsxExport.Column.of("类型", r -> label(r.kind().getMessageKey())),
                XlsxExport.Column.of("分类", r -> label(r.category().getMessageKey())),
                XlsxExport.Column.of("状态", r -> label(r.status().getMessageKey())),
                XlsxExport.Column.of("领衔代表", SuggestionRow::leadDeputyName),
                XlsxExport.Column.of("代表团", SuggestionRow::delegationName),
                XlsxExport.Column.of("主办单位", SuggestionRow::leadUnitName),
                XlsxExport.Column.of("交办日期", SuggestionRow::assignedOn),
                XlsxExport.Column.of("答复期限", SuggestionRow::dueOn),
                XlsxExport.Column.of("超期", SuggestionRow::overdue),
                XlsxExport.Column.of("重点督办", SuggestionRow::keySupervised),
                XlsxExport.Column.of("督办专题", SuggestionRow::bundleTheme),
                XlsxExport.Column.of("答复类别", r -> r.answerCategory() == null ? null : rules.label("suggestion.answer-categories", r.answerCategory())),
                XlsxExport.Column.of("代表评价", r -> r.satisfaction() == null ? null : rules.label("suggestion.satisfaction-options", r.satisfaction())),
                XlsxExport.Column.of("办理轮次", SuggestionRow::round),
                XlsxExport.Column.of("提交时间", SuggestionRow::submittedAt));
        return XlsxExport.download("代表建议", "代表建议", columns, rows);
    }

    /** The statistics' filters as query parameters: 届, 大会期间/闭会期间, the year filed, the kind. */
    record StatsParams(Long term, SuggestionPhase phase, Integer year, SuggestionKind kind) {
        SuggestionQueries.StatsFilter toFilter() {
            return new SuggestionQueries.StatsFilter(term, phase, year, kind);
        }
    }

    /** What the rates count, in the words of the rules in force (the codes flagged solved, dissatisfied, face-to-face). */
    record RateTerms(String solved, String dissatisfied, String faceToFace) {
    }

    @GetMapping("/stats")
    String stats(@ModelAttribute("filter") StatsParams filter, Model model) {
        SuggestionQueries.StatsFilter f = filter.toFilter();
        model.addAttribute("stats", queries.stats(f));
        model.addAttribute("unitPerformance", queries.unitPerformance(f));
        model.addAttribute("viewer", Perspective.current());
        model.addAttribute("terms", terms.all().stream().map(t -> new Choice(String.valueOf(t.getId()), t.getOrdinal())).toList());
        model.addAttribute("phases", SuggestionPhase.values());
        model.addAttribute("kinds", SuggestionKind.values());
        int current = LocalDate.now(clock).getYear();
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(0, 9)
                .mapToObj(i -> new Choice(String.valueOf(current - i), (current - i) + "年")).toList());
        model.addAttribute("rateTerms", new RateTerms(flaggedLabels("suggestion.answer-categories", CodeLabel.SOLVED),
                flaggedLabels("suggestion.satisfaction-options", CodeLabel.DISSATISFIED),
                flaggedLabels(SuggestionQueries.CONTACT_WAYS, SuggestionQueries.FACE_TO_FACE)));
        return "suggestions/stats";
    }

    private String flaggedLabels(String rule, String flag) {
        String labels = rules.codes(rule).stream().filter(c -> c.has(flag)).map(c -> "“" + c.label() + "”")
                .collect(java.util.stream.Collectors.joining("、"));
        return labels.isEmpty() ? "（规则中未标记）" : labels;
    }

    @GetMapping("/stats/export")
    ResponseEntity<StreamingResponseBody> exportStats(@ModelAttribute StatsParams filter) {
        List<XlsxExport.Column<SuggestionQueries.UnitPerformance>> columns = List.of(
                new XlsxExport.Column<>("主办单位", SuggestionQueries.UnitPerformance::unitName, 24),
                XlsxExport.Column.of("交办件数", SuggestionQueries.UnitPerformance::assigned),
                XlsxExport.Column.of("已答复件数", SuggestionQueries.UnitPerformance::answered),
                XlsxExport.Column.of("解决率（A类占比，%）", SuggestionQueries.UnitPerformance::resolutionRate),
                XlsxExport.Column.of("满意率（%）", SuggestionQueries.UnitPerformance::satisfactionRate),
                XlsxExport.Column.of("按期答复率（%）", SuggestionQueries.UnitPerformance::onTimeRate),
                XlsxExport.Column.of("超期件数", SuggestionQueries.UnitPerformance::overdue));
        return XlsxExport.download("建议办理统计", "各单位办理情况", columns, queries.unitPerformance(filter.toFilter()));
    }

    // ----- filing -----

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", SuggestionForms.FilingForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SuggestionForms.FilingForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = filing.file(form.filing());
            redirect.addFlashAttribute("message", "建议草稿已保存。可以添加附件，确认无误后提交。");
            return "redirect:/suggestions/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", SuggestionForms.FilingForm.of(details.draft(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id,
                  @Valid @ModelAttribute("form") SuggestionForms.FilingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            filing.revise(id, form.version() == null ? -1 : form.version(), form.filing());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, id);
        }
        redirect.addFlashAttribute("message", "建议已保存");
        return "redirect:/suggestions/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("suggestionId", id);
        model.addAttribute("categories", SuggestionCategory.values());
        model.addAttribute("deputies", roster.serving());
        return "suggestions/form";
    }

    // ----- the suggestion page -----

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        SuggestionView view = details.view(id);
        model.addAttribute("view", view);
        model.addAttribute("today", LocalDate.now(clock));
        if (view.can("EVALUATE")) {
            model.addAttribute("satisfactionOptions", rules.codes("suggestion.satisfaction-options"));
        }
        if (view.can("ANSWER")) {
            model.addAttribute("answerCategories", rules.codes("suggestion.answer-categories"));
        }
        if (view.can("RECORD_CONTACT")) {
            model.addAttribute("contactWays", rules.codes(SuggestionQueries.CONTACT_WAYS));
        }
        if (view.canAny("ASSIGN", "DECIDE_REASSIGNMENT", "SUPERVISE", "EXTEND", "DECIDE_DISSATISFACTION", "REQUEST_EXTENSION")) {
            model.addAttribute("units", view.canAny("ASSIGN", "DECIDE_REASSIGNMENT") ? orgUnits.handlingUnitOptions() : List.of());
            model.addAttribute("bundles", view.canAny("ASSIGN", "SUPERVISE") ? details.bundles() : List.of());
            model.addAttribute("answerMonths", rules.integer("suggestion.answer-months"));
            model.addAttribute("answerMaxMonths", rules.integer("suggestion.answer-max-months"));
            model.addAttribute("rehandlingMonths", rules.integer("suggestion.rehandling-months"));
        }
        return "suggestions/detail";
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId, @RequestParam(defaultValue = "false") boolean answer) {
        Attachment a = details.attachment(id, attachmentId, answer);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .body(a.getContent());
    }

    @PostMapping("/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) {
        return act(id, redirect, "附件已上传", () -> filing.addAttachment(id, file.getOriginalFilename(), bytes(file)));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "建议已提交，等待代表工作委员会审查", () -> filing.submit(id));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason,
                    RedirectAttributes redirect) {
        return act(id, redirect, () -> filing.withdraw(id, reason) ? "建议已撤回" : "撤回申请已发给附议代表，全部同意后撤回");
    }

    @PostMapping("/{id}/withdraw/consent")
    String consentToWithdrawal(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> filing.consentToWithdrawal(id) ? "您已同意撤回，建议已撤回" : "您已同意撤回，仍在等待其他附议代表");
    }

    @PostMapping("/{id}/sign")
    String sign(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "您已附议", () -> filing.sign(id));
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已登记", () -> review.accept(id));
    }

    @PostMapping("/{id}/return")
    String returnToDeputy(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason,
                          RedirectAttributes redirect) {
        return act(id, redirect, "已退回代表修改", () -> review.returnToDeputy(id, reason));
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long targetId,
                 RedirectAttributes redirect) {
        return act(id, redirect, "已合并", () -> review.merge(id, targetId));
    }

    @PostMapping("/{id}/mark-motion")
    String markMotion(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark,
                      RedirectAttributes redirect) {
        return act(id, redirect, "已作为议案处理，代表可继续联名", () -> review.markAsMotion(id, remark));
    }

    @PostMapping("/{id}/list-motion")
    String listMotion(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已列为议案", () -> review.listAsMotion(id));
    }

    @PostMapping("/{id}/convert")
    String convert(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark,
                   RedirectAttributes redirect) {
        return act(id, redirect, "议案已转为建议并登记", () -> review.convertToSuggestion(id, remark));
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @Valid @ModelAttribute SuggestionForms.AssignForm form,
                  RedirectAttributes redirect) {
        return act(id, redirect, "已交办", () -> assignment.assign(id, form.assignment(rules.integer("suggestion.answer-months"))));
    }

    @PostMapping("/{id}/extend")
    String extend(@PathVariable long id, @RequestParam long version,
                  @RequestParam(defaultValue = "0") int months, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "答复期限已延长", () -> assignment.extend(id, version, months, reason));
    }

    @PostMapping("/{id}/dissatisfaction")
    String decideDissatisfaction(@PathVariable long id, @RequestParam boolean rehandle,
                                 @RequestParam(required = false) @Size(max = 500, message = "说明不能超过500字") String note, RedirectAttributes redirect) {
        return act(id, redirect, rehandle ? "已交承办单位再次办理" : "已说明情况，不再办理",
                () -> evaluation.decideDissatisfaction(id, rehandle, note));
    }

    @PostMapping("/{id}/extension-request")
    String requestExtension(@PathVariable long id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDue,
                            @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "延期申请已提交，等待代表工作机构审批",
                () -> assignment.requestExtension(id, proposedDue, reason));
    }

    @PostMapping("/{id}/extension-request/decision")
    String decideExtension(@PathVariable long id, @RequestParam boolean agree,
                           @RequestParam(required = false) @Size(max = 500, message = "说明不能超过500字") String note, RedirectAttributes redirect) {
        return act(id, redirect, agree ? "已同意延期" : "已不同意延期",
                () -> assignment.decideExtension(id, agree, note));
    }

    @PostMapping("/{id}/supervise")
    String supervise(@PathVariable long id, @RequestParam long version,
                     @RequestParam(defaultValue = "false") boolean keySupervised, @RequestParam(required = false) @Size(max = 64, message = "督办领导不能超过64字") String supervisingLeader,
                     @RequestParam(required = false) Long bundleId, @RequestParam(required = false) @Size(max = 200, message = "主题不能超过200字") String newBundleTheme,
                     RedirectAttributes redirect) {
        return act(id, redirect, "督办设置已保存",
                () -> assignment.supervise(id, version, keySupervised, supervisingLeader, bundleId, newBundleTheme));
    }

    @PostMapping("/{id}/reassignment")
    String requestReassignment(@PathVariable long id,
                               @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "调整交办申请已提交", () -> assignment.requestReassignment(id, reason));
    }

    @PostMapping("/{id}/reassignment/decision")
    String decideReassignment(@PathVariable long id, @RequestParam boolean agree,
                              @RequestParam(required = false) Long leadUnitId, @RequestParam(required = false) List<Long> coUnitIds,
                              @RequestParam(required = false) @Size(max = 500, message = "说明不能超过500字") String note, RedirectAttributes redirect) {
        return act(id, redirect, agree ? "已调整交办" : "已不同意调整",
                () -> assignment.decideReassignment(id, agree, leadUnitId, coUnitIds, note));
    }

    @PostMapping("/{id}/contacts")
    String contact(@PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) @Size(max = 32, message = "联系方式不能超过32字") String way, @RequestParam(required = false) @Size(max = 2000, message = "内容不能超过2000字") String content, RedirectAttributes redirect) {
        return act(id, redirect, "沟通记录已保存", () -> handling.recordContact(id, date, way, content));
    }

    @PostMapping("/{id}/co-opinion")
    String coOpinion(@PathVariable long id, @RequestParam(required = false) @Size(max = 2000, message = "意见不能超过2000字") String opinion,
                     RedirectAttributes redirect) {
        return act(id, redirect, "协办意见已送主办单位", () -> handling.giveCoUnitOpinion(id, opinion));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @Valid @ModelAttribute SuggestionForms.AnswerForm form,
                  @RequestParam(value = "letter", required = false) MultipartFile letter, RedirectAttributes redirect) {
        return act(id, redirect, "答复已提交，等待代表评价", () -> handling.answer(id, new SuggestionHandling.Answer(form.category(),
                form.answer(), form.promises(), letter == null ? null : letter.getOriginalFilename(), letter == null ? null : bytes(letter))));
    }

    @PostMapping("/{id}/commitments/{commitmentId}/done")
    String commitmentDone(@PathVariable long id, @PathVariable long commitmentId,
                          @RequestParam(required = false) @Size(max = 500, message = "说明不能超过500字") String note, RedirectAttributes redirect) {
        return act(id, redirect, "承诺事项已登记落实", () -> handling.fulfilCommitment(id, commitmentId, note));
    }

    @PostMapping("/{id}/evaluate")
    String evaluate(@PathVariable long id, @RequestParam(required = false) @Size(max = 16, message = "满意度不能超过16字") String satisfaction,
                    @RequestParam(required = false) @Size(max = 500, message = "评价意见不能超过500字") String comment, RedirectAttributes redirect) {
        return act(id, redirect, "评价已提交，谢谢", () -> evaluation.evaluate(id, satisfaction, comment));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam boolean publish,
                   RedirectAttributes redirect) {
        return act(id, redirect, publish ? "答复已公开" : "已取消公开", () -> evaluation.publish(id, publish));
    }

    /** Runs one action; a refused rule or a concurrent edit comes back to the suggestion page with the Chinese message. */
    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        return act(id, redirect, () -> {
            action.run();
            return success;
        });
    }

    /** Runs an action whose success message depends on its outcome. */
    private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", new ConcurrentEditException().getMessage());
        } catch (StepRefused e) {
            redirect.addFlashAttribute("error", "当前状态下不能执行该操作（" + label(e.step().getMessageKey()) + "）");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/suggestions/" + id;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Choice> labeled(Labeled[] values) {
        return Arrays.stream(values).map(v -> new Choice(((Enum<?>) v).name(), label(v.getMessageKey()))).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
