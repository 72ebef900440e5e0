package cn.congress.web.livelihood;

import cn.congress.deputies.livelihood.Level;
import cn.congress.deputies.livelihood.LivelihoodPublic;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.web.livelihood.LivelihoodForms.ResidentForm;
import cn.congress.web.publicsite.PublicPortalEntry;
import cn.congress.web.security.guard.Captcha;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
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
 * 民生实事公开 (no login): every year's adopted projects with progress and evaluation, a project's page, following a
 * project through a private link, and residents' proposals (moderated before they count) with a receipt code.
 */
@Controller
@RequiredArgsConstructor
class LivelihoodPublicController {

    private final LivelihoodPublic publicSide;
    private final LivelihoodService service;
    private final ProposalThrottle throttle;
    private final Captcha captcha;

    @Bean
    static PublicPortalEntry livelihoodPortalEntry() {
        return new PublicPortalEntry(50, "clipboard2-check", "public.livelihood.title", "public.livelihood.summary",
                "/public/livelihood", null);
    }

    @GetMapping("/public/livelihood")
    String list(@RequestParam(defaultValue = "CITY") Level level, Model model) {
        model.addAttribute("years", publicSide.years(level));
        model.addAttribute("level", level);
        model.addAttribute("levels", Level.values());
        model.addAttribute("collecting", !publicSide.collecting().isEmpty());
        return "public/livelihood/list";
    }

    @GetMapping("/public/livelihood/projects/{id}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("p", publicSide.project(id));
        return "public/livelihood/project";
    }

    /** A page of its own for the follow form, so that reading a project's page creates no HTTP session. */
    @GetMapping("/public/livelihood/projects/{id}/follow")
    String followForm(@PathVariable long id, Model model) {
        model.addAttribute("p", publicSide.project(id));
        return "public/livelihood/follow";
    }

    @PostMapping("/public/livelihood/projects/{id}/follow")
    String follow(@PathVariable long id, RedirectAttributes redirect) {
        String token = publicSide.follow(id);
        redirect.addFlashAttribute("message", "已关注。请收藏本页地址，随时查看项目最新进展。");
        return "redirect:/public/livelihood/follow/" + token;
    }

    @GetMapping("/public/livelihood/follow/{token}")
    String followed(@PathVariable String token, Model model) {
        model.addAttribute("p", publicSide.project(publicSide.followed(token)));
        model.addAttribute("following", true);
        return "public/livelihood/project";
    }

    @GetMapping("/public/livelihood/propose")
    String proposeForm(Model model) {
        model.addAttribute("form", ResidentForm.empty());
        model.addAttribute("programmes", publicSide.collecting());
        return "public/livelihood/propose";
    }

    @PostMapping("/public/livelihood/propose")
    String propose(@Valid @ModelAttribute("form") ResidentForm form, BindingResult errors, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (form.website() != null && !form.website().isBlank()) {
            // the honeypot was filled: a robot; answer as if accepted and keep nothing
            redirect.addFlashAttribute("message", "您的建议已提交，审核后纳入征集。");
            return "redirect:/public/livelihood";
        }
        String client = request.getRemoteAddr();
        long wait = throttle.tryConsume(client);
        if (wait > 0) {
            response.setStatus(429);
            errors.reject("throttled", "提交过于频繁，请约" + wait + "秒后再提交。您填写的内容已保留。");
            return proposeAgain(client, request, model);
        }
        if (throttle.captchaRequired(client)) {
            if (!captcha.check(request.getSession(false), Captcha.LIVELIHOOD_PROPOSAL, form.captcha())) {
                errors.rejectValue("captcha", "captcha", form.captcha() == null || form.captcha().isBlank()
                        ? "请先完成验证：填写图中的字符或算式的结果" : "验证结果不正确，请按新的验证码重新填写");
                return proposeAgain(client, request, model);
            }
            throttle.solved(client);
        }
        if (form.consentMissing()) {
            errors.rejectValue("consent", "consent", "留下电话须勾选同意个人信息处理说明；不愿提供可不填电话");
        }
        if (errors.hasErrors()) {
            return proposeAgain(client, request, model);
        }
        String code = service.proposeAsResident(form.programmeId(), new LivelihoodService.ResidentProposal(form.proposal(), form.name(),
                form.phone(), Boolean.TRUE.equals(form.consent())));
        throttle.accepted(client);
        redirect.addFlashAttribute("message", "您的建议已提交，审核后纳入征集。查询码：" + code + "（请记下，用于查询办理情况）");
        return "redirect:/public/livelihood/receipt?code=" + code;
    }

    /** The form again (with its errors), and a fresh CAPTCHA when this address must solve one. */
    private String proposeAgain(String client, HttpServletRequest request, Model model) {
        model.addAttribute("programmes", publicSide.collecting());
        if (throttle.captchaRequired(client)) {
            model.addAttribute("captcha", captcha.issue(request.getSession(true), Captcha.LIVELIHOOD_PROPOSAL).question());
        }
        return "public/livelihood/propose";
    }

    @GetMapping("/public/livelihood/captcha.png")
    ResponseEntity<byte[]> captchaImage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        byte[] png = session == null ? null : captcha.png(session, Captcha.LIVELIHOOD_PROPOSAL);
        if (png == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    @GetMapping("/public/livelihood/receipt")
    String receipt(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("receipt", publicSide.receipt(code).orElse(null));
        model.addAttribute("code", code);
        return "public/livelihood/receipt";
    }
}
