package cn.congress.web.account;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.security.AccountPrincipal;
import cn.congress.web.security.SessionPrincipals;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any user changes their own password; a first login after an administrator set it lands here. */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class PasswordController {

    private static final String FORM = "account/password";

    private final AccountService accounts;
    private final SessionPrincipals sessionPrincipals;

    /** The first-login notice: from the session's principal, so the template needs no security expression. */
    @ModelAttribute("mustChangePassword")
    boolean mustChangePassword(@AuthenticationPrincipal AccountPrincipal user) {
        return user != null && user.isMustChangePassword();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return FORM;
    }

    @PostMapping
    String change(@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute("form") PasswordChangeForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("confirmPassword") && !form.confirmed()) {
            errors.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            accounts.changeOwnPassword(user.getUsername(), form.currentPassword(), form.newPassword());
        } catch (DomainException e) {
            errors.rejectValue("newPassword", "refused", e.getMessage());
            return FORM;
        }
        sessionPrincipals.passwordChanged();
        redirect.addFlashAttribute("message", "密码已修改");
        return "redirect:/";
    }
}
