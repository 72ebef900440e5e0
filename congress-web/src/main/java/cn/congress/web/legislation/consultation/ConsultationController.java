package cn.congress.web.legislation.consultation;

import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.consultation.CommentChannel;
import cn.congress.legislation.consultation.CommentIntake;
import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationService;
import cn.congress.legislation.consultation.ConsultationView;
import cn.congress.legislation.consultation.IdentityMode;
import cn.congress.legislation.consultation.SourceKind;
import cn.congress.legislation.contactpoint.ContactPointService;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** Staff open and run consultations on a bill version: window, extension, early close, contact points, feedback. */
@Controller
@RequiredArgsConstructor
class ConsultationController {

    private final ConsultationService consultations;
    private final ConsultationQueries queries;
    private final CommentIntake intake;
    private final ContactPointService contactPoints;
    private final BillService bills;
    private final java.time.Clock clock;

    @ModelAttribute("channels")
    CommentChannel[] channels() {
        return CommentChannel.values();
    }

    @ModelAttribute("identityModes")
    IdentityMode[] identityModes() {
        return IdentityMode.values();
    }

    @GetMapping("/legislation/bills/{billId}/consultations/new")
    String openForm(@PathVariable long billId, @RequestParam(required = false) Long version, Model model) {
        model.addAttribute("form", ConsultationForms.OpenForm.of(version, bills.get(billId).getTitle() + "征求意见", consultations.defaultDays()));
        return openPage(billId, model);
    }

    @PostMapping("/legislation/bills/{billId}/consultations/new")
    String open(@PathVariable long billId, @Valid @ModelAttribute("form") ConsultationForms.OpenForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = consultations.open(billId, form.versionId(), new ConsultationService.Opening(form.title(), form.explanation(),
                        form.keyQuestions(), form.channels(), form.identityMode(), form.identityReason(), form.opensOn(), form.days()));
                redirect.addFlashAttribute("message", "已发布征求意见");
                return "redirect:/legislation/consultations/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return openPage(billId, model);
    }

    private String openPage(long billId, Model model) {
        BillService.BillView bill = bills.view(billId, LocalDate.now(clock));
        model.addAttribute("billId", billId);
        model.addAttribute("billTitle", bill.bill().title());
        model.addAttribute("versions", bill.versions().stream().map(v -> new VersionOption(v.id(), v.stage().getMessageKey())).toList());
        model.addAttribute("defaultDays", consultations.defaultDays());
        return "consultation/open";
    }

    record VersionOption(long id, String labelKey) {
    }

    @GetMapping("/legislation/consultations/{id}")
    String detail(@PathVariable long id, Model model) {
        ConsultationView view = queries.view(id);
        model.addAttribute("view", view);
        model.addAttribute("contactPoints", contactPoints.list());
        model.addAttribute("sourceKinds", SourceKind.values());
        if (!model.containsAttribute("feedback")) {
            model.addAttribute("feedback", new ConsultationForms.FeedbackForm(view.version(), view.feedbackReport() == null ? "" : view.feedbackReport()));
        }
        return "consultation/detail";
    }

    @PostMapping("/legislation/consultations/{id}/extend")
    String extend(@PathVariable long id, @Valid ConsultationForms.ExtendForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            consultations.extend(id, form.closesOn(), form.reason());
            redirect.addFlashAttribute("message", "已延长征求意见期限");
        }
        return "redirect:/legislation/consultations/" + id;
    }

    @PostMapping("/legislation/consultations/{id}/close")
    String close(@PathVariable long id, @Valid ConsultationForms.ReasonForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "提前结束须写明理由");
        } else {
            consultations.closeEarly(id, form.reason());
            redirect.addFlashAttribute("message", "已提前结束征求意见");
        }
        return "redirect:/legislation/consultations/" + id;
    }

    @PostMapping("/legislation/consultations/{id}/contact-points")
    String assign(@PathVariable long id, @RequestParam(name = "contactPointIds", required = false) List<Long> ids, RedirectAttributes redirect) {
        consultations.assignContactPoints(id, new HashSet<>(ids == null ? List.of() : ids));
        redirect.addFlashAttribute("message", "已分派基层立法联系点");
        return "redirect:/legislation/consultations/" + id;
    }

    @PostMapping("/legislation/consultations/{id}/feedback/draft")
    String draftFeedback(@PathVariable long id, RedirectAttributes redirect) {
        ConsultationView view = queries.view(id);
        redirect.addFlashAttribute("feedback", new ConsultationForms.FeedbackForm(view.version(), consultations.draftFeedback(id)));
        redirect.addFlashAttribute("message", "已根据处理结果生成反馈稿，请修改后保存");
        return "redirect:/legislation/consultations/" + id + "#feedback";
    }

    @PostMapping("/legislation/consultations/{id}/feedback")
    String saveFeedback(@PathVariable long id, @Valid @ModelAttribute("feedback") ConsultationForms.FeedbackForm form, BindingResult errors,
                        RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "反馈内容不能为空");
        } else {
            consultations.saveFeedback(id, form.version(), form.report());
            redirect.addFlashAttribute("message", "反馈已保存");
        }
        return "redirect:/legislation/consultations/" + id + "#feedback";
    }

    @PostMapping("/legislation/consultations/{id}/feedback/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        consultations.publishFeedback(id);
        redirect.addFlashAttribute("message", "征求意见情况反馈已公布");
        return "redirect:/legislation/consultations/" + id;
    }

    @PostMapping("/legislation/consultations/{id}/opinions")
    String record(@PathVariable long id, @Valid ConsultationForms.RecordForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            var receipt = intake.record(id, new CommentIntake.RecordedOpinion(form.articleNo(), form.body(), form.channel(), form.sourceKind(),
                    form.authorName(), null));
            redirect.addFlashAttribute("message", "意见已登记，回执号" + receipt.code());
        }
        return "redirect:/legislation/consultations/" + id;
    }
}
