package cn.congress.web.security;

import jakarta.validation.constraints.Size;
import cn.congress.domain.account.MfaService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a login for an account that must give a code: until a current code from the authenticator
 * app (or an unused recovery code) adds the {@link SecondFactor} to the login, no URL rule lets the session through.
 * Five wrong codes end the session: the password must be given again.
 */
@Controller
@RequiredArgsConstructor
class MfaLoginController {

    static final String FAILURES = "congress.mfa.failures";
    static final String PATH = "/login/mfa";
    private static final int MAX_FAILURES = 5;

    private final MfaService mfa;
    private final SessionPrincipals sessionPrincipals;

    @GetMapping(PATH)
    String form() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return awaitingCode(auth) == null ? "redirect:/" : "account/mfa-login";
    }

    @PostMapping(PATH)
    String verify(@RequestParam(required = false) @Size(max = 16, message = "验证码不能超过16字") String code, HttpServletRequest request, Model model) {
        AccountPrincipal principal = awaitingCode(SecurityContextHolder.getContext().getAuthentication());
        HttpSession session = request.getSession(false);
        if (principal == null || session == null) {
            return "redirect:/";
        }
        if (mfa.verify(principal.getAccountId(), code)) {
            session.removeAttribute(FAILURES);
            sessionPrincipals.secondFactorGiven();
            return "redirect:/";
        }
        int failures = session.getAttribute(FAILURES) instanceof Integer f ? f + 1 : 1;
        if (failures >= MAX_FAILURES) {
            session.invalidate();
            return "redirect:/login?error";
        }
        session.setAttribute(FAILURES, failures);
        model.addAttribute("error", "验证码不正确，请输入认证应用中当前显示的6位数字或一个恢复码（还可尝试" + (MAX_FAILURES - failures) + "次）");
        return "account/mfa-login";
    }

    /** The enrolled account of a login that has given its password but not yet its code, else null. */
    private static AccountPrincipal awaitingCode(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.isMfaEnabled() && !SecondFactor.given(auth) ? p : null;
    }
}
