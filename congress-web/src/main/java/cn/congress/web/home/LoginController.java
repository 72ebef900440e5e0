package cn.congress.web.home;

import cn.congress.web.security.LoginCaptcha;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class LoginController {

    private final LoginCaptcha captcha;

    @GetMapping("/login")
    String login(Authentication authentication, HttpServletRequest request, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        model.addAttribute("captchaQuestion", captcha.questionIfRequired(request));
        return "login";
    }
}
