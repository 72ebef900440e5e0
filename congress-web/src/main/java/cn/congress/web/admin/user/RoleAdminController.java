package cn.congress.web.admin.user;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.audit.AuditLog;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安全管理员：授予与撤销角色（三员分立由账户实体与数据库触发器共同保证）. */
@Controller
@RequestMapping("/admin/roles")
@RequiredArgsConstructor
class RoleAdminController {

    private final AccountService accounts;
    private final AuditLog auditLog;

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", accounts.search(q, null, role, null, PageRequest.of(Math.max(page, 0), 20, Sort.by("username"))));
        model.addAttribute("roles", Role.values());
        return "admin/roles/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.roleHolder(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("history", auditLog.historyOf("UserAccount", id).stream()
                .filter(e -> e.getAction().name().startsWith("ROLE_")).toList());
        return "admin/roles/detail";
    }

    @PostMapping("/{id}/grant")
    String grant(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        accounts.grant(id, role);
        redirect.addFlashAttribute("message", "已授予角色");
        return "redirect:/admin/roles/" + id;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        accounts.revoke(id, role);
        redirect.addFlashAttribute("message", "已撤销角色");
        return "redirect:/admin/roles/" + id;
    }
}
