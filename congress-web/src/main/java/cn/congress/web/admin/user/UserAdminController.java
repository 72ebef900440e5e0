package cn.congress.web.admin.user;

import cn.congress.domain.account.AccountAccess;
import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.AdminAccountRequest;
import cn.congress.domain.account.AdminAccountRequests;
import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.AccountRow;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.support.Choice;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统管理员：账户的新建、修改、停用与重置密码；其他管理员的账户只能提出申请. */
@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

    private static final String LIST = "admin/users/list";
    private static final String FORM = "admin/users/form";

    private final AccountService accounts;
    private final OrgUnitService orgUnits;
    private final AdminAccountRequests adminRequests;
    private final MessageSource messages;

    @ModelAttribute("orgTree")
    Object orgTree() {
        return orgUnits.tree();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long org,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean enabled,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", accounts.search(q, org, role, enabled,
                PageRequest.of(Math.max(page, 0), 20, Sort.by("username"))));
        model.addAttribute("roles", Role.values());
        model.addAttribute("enabledChoices", java.util.List.of(
                new Choice("true", messages.getMessage("user.enabled", null, LocaleContextHolder.getLocale())),
                new Choice("false", messages.getMessage("user.disabled", null, LocaleContextHolder.getLocale()))));
        return LIST;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            var created = accounts.create(form.username(), form.initialPassword(), form.details());
            redirect.addFlashAttribute("message", "已新建账户 " + created.account().getUsername()
                    + "。初始密码：" + created.initialPassword() + "（仅显示这一次，请当面或以安全方式交给本人；首次登录须修改）");
            return "redirect:/admin/users/" + created.account().getId();
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountRow account = describe(id, model);
        model.addAttribute("form", UserForm.of(account));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        describe(id, model);
        if (errors.hasFieldErrors("displayName") || errors.hasFieldErrors("phone")) {
            return FORM;
        }
        try {
            accounts.update(id, form.version(), form.details());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("message", "账户信息已保存");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("message", enabled ? "账户已启用" : "账户已停用");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        String temporary = accounts.resetPassword(id);
        redirect.addFlashAttribute("message", "密码已重置。临时密码：" + temporary + "（仅显示这一次；本人首次登录须修改）");
        return "redirect:/admin/users/" + id;
    }

    private AccountRow describe(long id, Model model) {
        AccountRow account = accounts.row(id);
        model.addAttribute("account", account);
        model.addAttribute("otherAdministrator", AccountAccess.isOtherAdministrator(Caller.current(), accounts.get(id)));
        model.addAttribute("requestKinds", AdminAccountRequest.RequestKind.values());
        model.addAttribute("orgName", account.orgUnitName());
        return account;
    }

    /** 三员分立: a change to another administrator's account is asked for here and decided by the security administrator. */
    @PostMapping("/{id}/requests")
    String request(@PathVariable long id, @Valid @ModelAttribute("requestForm") AdminRequestForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请填写申请理由（200字以内）");
            return "redirect:/admin/users/" + id;
        }
        adminRequests.request(id, form.kind(), form.reason());
        redirect.addFlashAttribute("message", "申请已提交，待安全管理员审批");
        return "redirect:/admin/users/" + id;
    }
}
