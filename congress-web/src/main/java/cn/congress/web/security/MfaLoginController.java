package cn.congress.web.security;

import cn.congress.domain.account.MfaService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a login for an account with two-factor authentication: until a current code from the
 * authenticator app (or an unused recovery code) is given, {@link MfaPendingFilter} lets the session open nothing
 * else. Five wrong codes end the session: the password must be given again.
 */
@Controller
@RequiredArgsConstructor
class MfaLoginController {

    static final String PENDING = "congress.mfa.pending";
    static final String FAILURES = "congress.mfa.failures";
    static final String PATH = "/login/mfa";
    private static final int MAX_FAILURES = 5;

    private final MfaService mfa;

    @GetMapping(PATH)
    String form(HttpSession session) {
        return session.getAttribute(PENDING) == null ? "redirect:/" : "account/mfa-login";
    }

    @PostMapping(PATH)
    String verify(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/";
        }
        if (mfa.verify((Long) pending, code)) {
            session.removeAttribute(PENDING);
            session.removeAttribute(FAILURES);
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
}
