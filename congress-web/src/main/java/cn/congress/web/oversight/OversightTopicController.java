package cn.congress.web.oversight;

import jakarta.validation.constraints.Size;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.dossier.TopicDossier;
import cn.congress.oversight.inspection.AnswerForm;
import cn.congress.oversight.inspection.InspectionDetails;
import cn.congress.oversight.inspection.InspectionService;
import cn.congress.oversight.inspection.QuestionDetails;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.ProblemDetails;
import cn.congress.oversight.opinion.ProblemSource;
import cn.congress.oversight.opinion.ReportKind;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.PlanViews;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.oversight.plan.TopicStatus;
import cn.congress.oversight.plan.TopicStep;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 议题: the list of topics and the topic page with its whole path, the steps up to the session, the investigation
 * (执法检查/视察/调研 with site visits and photos), inquiry questions, interpellations, and issuing the opinion.
 */
@Controller
@RequestMapping("/oversight/topics")
@RequiredArgsConstructor
class OversightTopicController {

    private final OversightPlanService plans;
    private final OversightPlanQueries queries;
    private final TopicDossier dossier;
    private final InspectionService inspections;
    private final OpinionService opinions;
    private final SessionAgenda agenda;
    private final OrgUnitService orgUnits;
    private final SessionService sessions;
    private final Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) TopicKind kind,
                @RequestParam(required = false) TopicStatus status, @RequestParam(defaultValue = "false") boolean heard,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", queries.topics(year, kind, status, heard, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("years", queries.years());
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("heard", heard);
        return "oversight/topics/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, model);
    }

    private String page(long id, Model model) {
        TopicDossier.TopicPage p = dossier.page(id);
        model.addAttribute("p", p);
        model.addAttribute("t", p.topic());
        model.addAttribute("inv", p.investigation());
        model.addAttribute("sessionOpens", p.topic().sessionId() != null && sessions.opens(p.topic().sessionId()));
        if (!p.topic().actions().isEmpty()) {
            model.addAttribute("sessions", agenda.upcomingStandingCommitteeSessions());
            model.addAttribute("years", queries.years());
        }
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("opinionForm")) {
            model.addAttribute("opinionForm", new OversightForms.OpinionForm("关于" + p.topic().title() + "的审议意见", null,
                    p.topic().kind() == TopicKind.LAW_INSPECTION ? ReportKind.INSPECTION
                            : p.topic().kind() == TopicKind.SPECIAL_INQUIRY ? ReportKind.INQUIRY : ReportKind.SPECIAL, today));
        }
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", new OversightForms.QuestionForm(null, null, p.topic().organName(), null, null, null));
        }
        if (!model.containsAttribute("visitForm")) {
            model.addAttribute("visitForm", new OversightForms.VisitForm(today, null, null, null));
        }
        if (p.investigation().can("ADD_DEPUTY")) {
            model.addAttribute("deputyChoices", inspections.deputyChoices(id));
        }
        model.addAttribute("today", today);
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("answerForms", AnswerForm.values());
        return "oversight/topics/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PlanViews.TopicView t = queries.editable(id);
        model.addAttribute("form", new OversightForms.TopicForm(t.title(), t.kind(), t.leadBodyId(), t.organId(), t.plannedMonth(),
                t.summary(), t.version()));
        return editForm(t, model);
    }

    /**
     * Saves the edit if nobody saved the topic since the form was opened; otherwise the form comes back with what the
     * user typed and the conflict message, and the other person's edit stays.
     */
    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OversightForms.TopicForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                plans.editTopic(id, form.version() == null ? -1 : form.version(), form.details());
                redirect.addFlashAttribute("message", "议题已修改");
                return "redirect:/oversight/topics/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("refused", new ConcurrentEditException().getMessage());
            }
        }
        return editForm(queries.editable(id), model);
    }

    private String editForm(PlanViews.TopicView t, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("bodies", orgUnits.committeeBodyOptions());
        model.addAttribute("organs", orgUnits.handlingUnitOptions());
        return "oversight/topics/edit";
    }

    @PostMapping("/{id}/steps/{step}")
    String step(@PathVariable long id, @PathVariable TopicStep step, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark,
                RedirectAttributes redirect) {
        plans.take(id, step, remark);
        redirect.addFlashAttribute("message", "已办理");
        return "redirect:/oversight/topics/" + id;
    }

    @PostMapping("/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam(required = false) Long sessionId, RedirectAttributes redirect) {
        if (sessionId == null) {
            throw new DomainException("请选择会议");
        }
        plans.schedule(id, sessionId);
        redirect.addFlashAttribute("message", "议题已列入会议议程");
        return "redirect:/oversight/topics/" + id;
    }

    @PostMapping("/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        if (year == null) {
            throw new DomainException("请选择年度");
        }
        long followUp = plans.planFollowUp(id, year);
        redirect.addFlashAttribute("message", "回头看议题已列入" + year + "年度计划");
        return "redirect:/oversight/topics/" + followUp;
    }

    @PostMapping("/{id}/opinion")
    String issue(@PathVariable long id, @Valid @ModelAttribute("opinionForm") OversightForms.OpinionForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long opinionId = opinions.issue(id, new OpinionService.Issue(form.title(), form.content(), form.reportKind(), form.issuedOn()));
                redirect.addFlashAttribute("message", "审议意见已交办，请拆分问题清单");
                return "redirect:/oversight/opinions/" + opinionId;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return page(id, model);
    }

    // ----- investigation -----

    @PostMapping("/{id}/inspection")
    String inspection(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) @Size(max = 200, message = "法律法规名称不能超过200字") String lawTitle,
                      @RequestParam(required = false) @Size(max = 500, message = "检查条款不能超过500字") String articles, @RequestParam(required = false) @Size(max = 2000, message = "检查组成员不能超过2000字") String groupMembers,
                      @RequestParam(required = false) @Size(max = 2000, message = "日程安排不能超过2000字") String schedule, @RequestParam(required = false) @Size(max = 4000, message = "整改报告不能超过4000字") String report,
                      RedirectAttributes redirect) {
        inspections.recordInspection(id, version, new InspectionDetails(lawTitle, articles, groupMembers, schedule, report));
        redirect.addFlashAttribute("message", "检查情况已保存");
        return "redirect:/oversight/topics/" + id + "#investigation";
    }

    @PostMapping("/{id}/visits")
    String visit(@PathVariable long id, @Valid @ModelAttribute("visitForm") OversightForms.VisitForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(id, model);
        }
        inspections.addSiteVisit(id, form.visitDate(), form.place(), form.observed(), form.problems());
        redirect.addFlashAttribute("message", "现场检查记录已添加，可上传照片");
        return "redirect:/oversight/topics/" + id + "#investigation";
    }

    @PostMapping("/{id}/visits/{visitId}/photos")
    String photo(@PathVariable long id, @PathVariable long visitId, @RequestParam("file") MultipartFile file,
                 RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("请选择照片");
        }
        inspections.addPhoto(id, visitId, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("message", "照片已上传");
        return "redirect:/oversight/topics/" + id + "#investigation";
    }

    @GetMapping("/{id}/visits/{visitId}/photos/{photoId}")
    ResponseEntity<byte[]> photoFile(@PathVariable long id, @PathVariable long visitId, @PathVariable long photoId) {
        Attachment a = inspections.photo(id, visitId, photoId);
        return Downloads.inline(a);
    }

    @PostMapping("/{id}/deputies")
    String addDeputy(@PathVariable long id, @RequestParam(required = false) Long deputyId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tookPartOn,
                     RedirectAttributes redirect) {
        if (deputyId == null) {
            throw new DomainException("请选择代表");
        }
        inspections.addDeputy(id, deputyId, tookPartOn);
        redirect.addFlashAttribute("message", "已登记代表参加，计入其履职档案");
        return "redirect:/oversight/topics/" + id + "#investigation";
    }

    @PostMapping("/{id}/deputies/{participantId}/remove")
    String removeDeputy(@PathVariable long id, @PathVariable long participantId, RedirectAttributes redirect) {
        inspections.removeDeputy(id, participantId);
        redirect.addFlashAttribute("message", "已撤销代表参加记录");
        return "redirect:/oversight/topics/" + id + "#investigation";
    }

    @PostMapping("/{id}/questions")
    String question(@PathVariable long id, @Valid @ModelAttribute("questionForm") OversightForms.QuestionForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(id, model);
        }
        inspections.addQuestion(id, new QuestionDetails(form.asker(), form.question(), form.organName(), form.official(),
                form.answerSummary(), form.followUp()));
        redirect.addFlashAttribute("message", "询问已记录");
        return "redirect:/oversight/topics/" + id + "#inquiry";
    }

    /** Turns an inquiry question's follow-up into a problem item of the topic's opinion, with a link back. */
    @PostMapping("/{id}/questions/{questionId}/to-item")
    String questionToItem(@PathVariable long id, @PathVariable long questionId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                          RedirectAttributes redirect) {
        var q = inspections.question(id, questionId);
        var page = dossier.page(id);
        if (page.opinion() == null) {
            throw new DomainException("请先交办审议意见");
        }
        if (deadline == null || q.followUp() == null) {
            throw new DomainException("请填写整改期限；没有跟进事项的询问不能转入问题清单");
        }
        long itemId = opinions.addItem(page.opinion().id(), new ProblemDetails(q.followUp(), page.topic().organId(),
                "落实专题询问第" + q.seq() + "问的答复承诺", deadline), ProblemSource.INQUIRY, "专题询问第" + q.seq() + "问");
        redirect.addFlashAttribute("message", "已转入问题清单");
        return "redirect:/oversight/problems/" + itemId;
    }

    @PostMapping("/{id}/interpellation")
    String interpellation(@PathVariable long id, @RequestParam(required = false) @Size(max = 2000, message = "询问主题不能超过2000字") String subject,
                          @RequestParam(required = false) @Size(max = 2000, message = "提出人不能超过2000字") String proposers, RedirectAttributes redirect) {
        if (subject == null || subject.isBlank()) {
            throw new DomainException("请填写质询的对象和问题");
        }
        List<String> names = proposers == null ? List.of() : Arrays.asList(proposers.split("[、，,\\s]+"));
        inspections.fileInterpellation(id, subject, names);
        redirect.addFlashAttribute("message", "质询案已登记");
        return "redirect:/oversight/topics/" + id + "#interpellation";
    }

    @PostMapping("/{id}/interpellation/form")
    String answerForm(@PathVariable long id, @RequestParam AnswerForm form, RedirectAttributes redirect) {
        inspections.decideAnswerForm(id, form);
        redirect.addFlashAttribute("message", "已登记答复方式");
        return "redirect:/oversight/topics/" + id + "#interpellation";
    }

    @PostMapping("/{id}/interpellation/answer")
    String answer(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
                  @RequestParam int dissatisfied, RedirectAttributes redirect) {
        boolean again = inspections.recordAnswer(id, answeredOn, dissatisfied);
        redirect.addFlashAttribute("message", again ? "提质询案人过半数不满意，须重新答复" : "答复已登记");
        return "redirect:/oversight/topics/" + id + "#interpellation";
    }
}
