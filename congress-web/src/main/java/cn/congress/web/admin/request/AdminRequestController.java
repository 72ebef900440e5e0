package cn.congress.web.admin.request;

import cn.congress.domain.account.AdminAccountRequests;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 三员分立：系统管理员提出的管理员账户申请，由安全管理员审批. */
@Controller
@RequestMapping("/admin/requests")
@RequiredArgsConstructor
class AdminRequestController {

    private final AdminAccountRequests requests;

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", requests.list(PageRequest.of(Math.max(page, 0), 20)));
        return "admin/requests/list";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        var decision = requests.decide(id, true);
        redirect.addFlashAttribute("message", decision.temporaryPassword() == null ? "已批准并执行"
                : "已批准。临时密码：" + decision.temporaryPassword() + "（仅显示这一次，请以安全方式交给本人；首次登录须修改）");
        return "redirect:/admin/requests";
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, RedirectAttributes redirect) {
        requests.decide(id, false);
        redirect.addFlashAttribute("message", "已驳回");
        return "redirect:/admin/requests";
    }
}
