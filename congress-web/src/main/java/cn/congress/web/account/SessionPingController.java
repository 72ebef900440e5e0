package cn.congress.web.account;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "继续使用" on the idle warning: any authenticated request renews the session's idle time; this one does nothing else. */
@Controller
class SessionPingController {

    @GetMapping("/account/ping")
    ResponseEntity<Void> ping() {
        return ResponseEntity.noContent().build();
    }
}
