package cn.congress.web.admin.user;

import cn.congress.domain.account.MfaService;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.LoginLocks;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.org.OrgUnitService;
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
    private final LoginLocks loginLocks;
    private final OrgUnitService orgUnits;
    private final MfaService mfa;

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
                .filter(e -> e.action().name().startsWith("ROLE_")).toList());
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

    /** The data scope (organisation unit) and the login locks of an account: authorisation matters of the security administrator. */
    @GetMapping("/{id}/scope")
    String scope(@PathVariable long id, Model model) {
        UserAccount account = accounts.get(id);
        model.addAttribute("accountId", account.getId());
        model.addAttribute("username", account.getUsername());
        model.addAttribute("displayName", account.getDisplayName());
        model.addAttribute("version", account.getVersion());
        model.addAttribute("orgUnitId", account.getOrgUnit() == null ? null : account.getOrgUnit().getId());
        model.addAttribute("orgTree", orgUnits.tree());
        model.addAttribute("locks", loginLocks.locksOf(account.getUsername()));
        model.addAttribute("mfaEnabled", mfa.enabled(id));
        return "admin/roles/scope";
    }

    @PostMapping("/{id}/org")
    String changeOrg(@PathVariable long id, @RequestParam(required = false) Long orgUnitId, @RequestParam long version,
                     RedirectAttributes redirect) {
        accounts.changeOrgUnit(id, version, orgUnitId);
        redirect.addFlashAttribute("message", "所属机构已调整，该账户的会话已结束");
        return "redirect:/admin/roles/" + id + "/scope";
    }

    /** Re-enrolment of two-factor authentication (a lost phone): the account enrols anew at its next visit. */
    @PostMapping("/{id}/mfa-reset")
    String resetMfa(@PathVariable long id, RedirectAttributes redirect) {
        mfa.reset(id);
        redirect.addFlashAttribute("message", "已重置该账户的双因素认证，账户持有人须重新启用");
        return "redirect:/admin/roles/" + id + "/scope";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        int lifted = loginLocks.unlock(id, account.getUsername());
        redirect.addFlashAttribute("message", "已解除 " + lifted + " 个来源地址的登录锁定");
        return "redirect:/admin/roles/" + id + "/scope";
    }
}
