package cn.congress.web.account;

import jakarta.validation.constraints.Size;
import cn.congress.domain.account.Caller;
import cn.congress.domain.account.MfaService;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.security.SessionPrincipals;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor authentication for one's own account: enrolment by typing the secret (or the otpauth URI) into an
 * authenticator app and confirming with a code; the recovery codes are shown once. No QR code: no QR library is in
 * the offline repository, so the secret is shown as text in groups of four.
 */
@Controller
@RequestMapping("/account/mfa")
@RequiredArgsConstructor
class MfaController {

    static final String OFFERED = "congress.mfa.offered";

    private final MfaService mfa;
    private final SessionPrincipals sessionPrincipals;

    @GetMapping
    String page(HttpSession session, Model model) {
        long id = accountId();
        if (mfa.enabled(id)) {
            model.addAttribute("enabled", true);
            model.addAttribute("codesLeft", mfa.recoveryCodesLeft());
            return "account/mfa";
        }
        MfaService.Enrolment offer = mfa.offer();
        session.setAttribute(OFFERED, offer.secret());
        return offer(offer, model);
    }

    @PostMapping
    String confirm(@RequestParam(required = false) @Size(max = 16, message = "验证码不能超过16字") String code, HttpSession session, Model model) {
        long id = accountId();
        if (mfa.enabled(id)) {
            return "redirect:/account/mfa";
        }
        String secret = (String) session.getAttribute(OFFERED);
        if (secret == null) {
            return "redirect:/account/mfa";
        }
        try {
            model.addAttribute("recoveryCodes", mfa.confirm(secret, code));
            session.removeAttribute(OFFERED);
            sessionPrincipals.mfaEnrolled();
            model.addAttribute("enabled", true);
            return "account/mfa";
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return offer(new MfaService.Enrolment(secret, mfa.uriOf(secret)), model);
        }
    }

    private static String offer(MfaService.Enrolment offer, Model model) {
        model.addAttribute("enabled", false);
        model.addAttribute("required", Caller.current().roles().stream().anyMatch(cn.congress.domain.account.Role::isAdministrator));
        model.addAttribute("secretGroups", offer.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("uri", offer.uri());
        return "account/mfa";
    }

    private static long accountId() {
        Long id = Caller.current().accountId();
        if (id == null) {
            throw new org.springframework.security.access.AccessDeniedException("请先登录");
        }
        return id;
    }
}
