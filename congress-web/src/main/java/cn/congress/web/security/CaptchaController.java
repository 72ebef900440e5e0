package cn.congress.web.security;

import cn.congress.web.security.guard.Captcha;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The CAPTCHA image of the login form's current challenge; only for a session that has one. */
@Controller
@RequiredArgsConstructor
class CaptchaController {

    private final Captcha captcha;

    @GetMapping("/login/captcha")
    ResponseEntity<byte[]> image(HttpServletRequest request) {
        var session = request.getSession(false);
        byte[] png = session == null ? null : captcha.png(session, Captcha.LOGIN);
        if (png == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }
}
