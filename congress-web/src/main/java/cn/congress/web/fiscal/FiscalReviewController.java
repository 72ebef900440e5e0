package cn.congress.web.fiscal;

import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.fiscal.review.DocumentKind;
import cn.congress.oversight.fiscal.review.ReviewKind;
import cn.congress.oversight.fiscal.review.ReviewService;
import cn.congress.oversight.fiscal.review.ReviewViews.ReviewView;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * 财政经济监督日历: the year's statutory items with their legal windows, documents and the deadline for them, the
 * session's agenda and the decision (resolution, or the approval vote on the session's vote page).
 */
@Controller
@RequestMapping("/fiscal/reviews")
@RequiredArgsConstructor
class FiscalReviewController {

    private final ReviewService reviews;
    private final Clock clock;

    @GetMapping
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("rows", reviews.calendar(y));
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("canPlan", reviews.canPlan());
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new FiscalForms.PlanReviewForm(null, null, null));
        }
        return "fiscal/reviews/list";
    }

    @PostMapping
    String plan(@RequestParam int year, @Valid @ModelAttribute("planForm") FiscalForms.PlanReviewForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = reviews.plan(year, form.kind(), form.title(), form.plannedMonth());
                redirect.addFlashAttribute("message", "已列入财政经济监督日历");
                return "redirect:/fiscal/reviews/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return calendar(year, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ReviewView r = reviews.view(id);
        model.addAttribute("r", r);
        model.addAttribute("documentKinds", DocumentKind.values());
        if (r.can("SCHEDULE")) {
            model.addAttribute("sessions", reviews.sessions());
        }
        if (!model.containsAttribute("resolutionForm")) {
            model.addAttribute("resolutionForm", new FiscalForms.ResolutionForm(null, r.version()));
        }
        return "fiscal/reviews/detail";
    }

    @PostMapping("/{id}/documents")
    String upload(@PathVariable long id, @RequestParam DocumentKind document, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("请选择要上传的文件");
        }
        reviews.upload(id, document, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("message", "材料已上传");
        return "redirect:/fiscal/reviews/" + id;
    }

    @GetMapping("/{id}/documents/{document}/{attachmentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable DocumentKind document, @PathVariable long attachmentId) {
        Attachment a = reviews.document(id, document, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .body(a.getContent());
    }

    @PostMapping("/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long sessionId,
                    RedirectAttributes redirect) {
        if (sessionId == null) {
            throw new DomainException("请选择常委会会议");
        }
        reviews.schedule(id, version, sessionId);
        redirect.addFlashAttribute("message", "已列入会议议程");
        return "redirect:/fiscal/reviews/" + id;
    }

    @PostMapping("/{id}/resolution")
    String resolution(@PathVariable long id, @Valid @ModelAttribute("resolutionForm") FiscalForms.ResolutionForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                reviews.recordResolution(id, form.version(), form.resolution());
                redirect.addFlashAttribute("message", "决议或审议意见已记录");
                return "redirect:/fiscal/reviews/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return detail(id, model);
    }
}
