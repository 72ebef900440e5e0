package cn.congress.web.admin.user;

import cn.congress.domain.account.AccountService;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.shared.DomainException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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

/** 系统管理员：账户的新建、修改、停用、重置密码与解锁. */
@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

    private static final String LIST = "admin/users/list";
    private static final String FORM = "admin/users/form";

    private final AccountService accounts;
    private final OrgUnitService orgUnits;

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
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", UserForm.of(account));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
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

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("message", "账户已解除锁定");
        return "redirect:/admin/users/" + id;
    }
}
