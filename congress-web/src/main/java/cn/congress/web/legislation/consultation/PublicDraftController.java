package cn.congress.web.legislation.consultation;

import cn.congress.web.security.guard.Captcha;
import cn.congress.web.security.guard.FillTimer;
import cn.congress.domain.shared.DomainException;
import cn.congress.legislation.consultation.CommentIntake;
import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.consultation.ConsultationView;
import cn.congress.legislation.consultation.IdentityMode;
import cn.congress.legislation.consultation.PhoneVerifications;
import cn.congress.legislation.consultation.PublicComment;
import cn.congress.legislation.consultation.Receipt;
import cn.congress.web.publicsite.PublicPortalEntry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 法规草案公开征求意见, no login: the open drafts, a draft with its table of contents and the comment form, the
 * receipt lookup. The form works without JavaScript; abuse is held off by a per-client rate limit, a honeypot
 * field, a minimum fill time and, past a threshold, the application's own CAPTCHA.
 */
@Controller
@RequiredArgsConstructor
class PublicDraftController {

    static final int LATEST = 10;

    private final ConsultationQueries queries;
    private final CommentIntake intake;
    private final PhoneVerifications phones;
    private final CommentThrottle throttle;
    private final FillTimer fillTimer;
    private final Captcha captcha;

    @Bean
    static PublicPortalEntry draftsPortalEntry(ConsultationQueries queries) {
        return new PublicPortalEntry(5, "chat-left-text", "public.drafts.title", "public.drafts.summary", "/public/drafts",
                () -> "正在征求意见的草案" + queries.publicOpen().size() + "件");
    }

    @GetMapping("/public/drafts")
    String list(Model model) {
        model.addAttribute("open", queries.publicOpen());
        model.addAttribute("reported", queries.publicReported());
        return "public/drafts/list";
    }

    @GetMapping("/public/drafts/{id}")
    String draft(@PathVariable long id, @RequestParam(required = false) Integer article, Model model) {
        return page(id, PublicCommentForm.empty(article), fillTimer.issue(), false, model);
    }

    @PostMapping("/public/drafts/{id}")
    Object comment(@PathVariable long id, @Valid @ModelAttribute("form") PublicCommentForm form, BindingResult errors,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String client = request.getRemoteAddr();
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            // A person never sees the honeypot: whatever filled it is a script, told nothing useful.
            redirect.addFlashAttribute("message", "感谢您的参与。");
            return "redirect:/public/drafts/" + id;
        }
        long wait = throttle.tryConsume(client);
        if (wait > 0) {
            response.setStatus(429);
            errors.reject("throttled", "提交过于频繁，请约" + wait + "秒后再提交。您填写的内容已保留。");
            return page(id, form, fillTimer.issue(), throttle.captchaRequired(client), model);
        }
        if (form.getSendCode() != null && !errors.hasFieldErrors("sendCode")) {
            try {
                phones.send(form.getPhone());
                model.addAttribute("message", "验证码已发送至" + form.getPhone() + "，10分钟内有效。");
            } catch (DomainException e) {
                errors.rejectValue("phone", "phone", e.getMessage());
            }
            return page(id, form, form.getStartedAt(), throttle.captchaRequired(client), model);
        }
        if (!fillTimer.humanPaced(form.getStartedAt())) {
            errors.reject("tooFast", "提交过快，请确认内容后再次提交。");
            return page(id, form, fillTimer.issue(), throttle.captchaRequired(client), model);
        }
        if (throttle.captchaRequired(client)) {
            if (!captcha.check(request.getSession(false), Captcha.PUBLIC_COMMENT, form.getCaptcha())) {
                errors.rejectValue("captcha", "captcha", form.getCaptcha() == null || form.getCaptcha().isBlank()
                        ? "请先完成验证：填写图中的字符或下方算式的结果" : "验证结果不正确，请按新的验证码重新填写");
                return page(id, form, fillTimer.issue(), true, model);
            }
            throttle.solved(client);
        }
        if (errors.hasErrors()) {
            return page(id, form, fillTimer.issue(), throttle.captchaRequired(client), model);
        }
        String verifiedPhone = null;
        // the mode alone, not the whole page's view: this runs for every comment of a national consultation
        if (queries.publicIdentityMode(id) == IdentityMode.REAL_NAME) {
            if (!phones.verify(form.getPhone(), form.getCode())) {
                errors.rejectValue("code", "code", "手机验证码不正确或已过期，请重新获取");
                return page(id, form, fillTimer.issue(), throttle.captchaRequired(client), model);
            }
            verifiedPhone = form.getPhone();
        }
        try {
            Receipt receipt = intake.submitPublic(id, new PublicComment(form.getArticleNo(), null, form.getBody(), form.getName(), form.getContact(),
                    Boolean.TRUE.equals(form.getConsent()), client, verifiedPhone));
            throttle.accepted(client);
            redirect.addFlashAttribute("message", receipt.duplicate()
                    ? "您已提交过相同的意见，未重复保存。回执号如下。" : "意见已提交，感谢您的参与！请记下回执号，以便查询处理情况。");
            // A view object, not a "redirect:" name: every receipt makes a new name, and the view resolver creates a
            // view for each new name under one lock, running every bean post-processor on it (a queue at 1,000/s).
            return new org.springframework.web.servlet.view.RedirectView("/public/drafts/receipt?code=" + receipt.code(), true);
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            if (!queries.publicView(id).accepting()) {
                // a closed consultation shows no form, so the refusal is said above the page
                model.addAttribute("error", e.getMessage());
            }
            return page(id, form, fillTimer.issue(), throttle.captchaRequired(client), model);
        }
    }

    @GetMapping("/public/drafts/receipt")
    String receipt(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            model.addAttribute("code", code);
            try {
                model.addAttribute("receipt", queries.receipt(code));
            } catch (cn.congress.domain.shared.NotFoundException e) {
                model.addAttribute("notFound", true);
            }
        }
        return "public/drafts/receipt";
    }

    @GetMapping(value = "/public/drafts/captcha.png")
    ResponseEntity<byte[]> captcha(HttpSession session) {
        byte[] png = session == null ? null : captcha.png(session, Captcha.PUBLIC_COMMENT);
        if (png == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    /** The draft page; a form sent back keeps the very object bound (so its errors stay) and gets a fresh fill time. */
    private String page(long id, PublicCommentForm form, String startedAt, boolean captcha, Model model) {
        ConsultationView view = queries.publicView(id);
        model.addAttribute("view", view);
        model.addAttribute("latest", queries.latestPublished(id, null, LATEST));
        model.addAttribute("form", form);
        model.addAttribute("startedAt", startedAt);
        model.addAttribute("noticeVersion", CommentIntake.PRIVACY_NOTICE_VERSION);
        if (captcha) {
            HttpSession session = currentRequest().getSession(true);
            model.addAttribute("captcha", this.captcha.issue(session, Captcha.PUBLIC_COMMENT).question());
        }
        return "public/drafts/detail";
    }

    private static HttpServletRequest currentRequest() {
        return ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
