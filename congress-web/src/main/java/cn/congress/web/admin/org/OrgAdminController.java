package cn.congress.web.admin.org;

import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRow;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.shared.DomainException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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

/** 系统管理员：组织机构树. */
@Controller
@RequestMapping("/admin/orgs")
@RequiredArgsConstructor
class OrgAdminController {

    private static final String FORM = "admin/orgs/form";

    private final OrgUnitService orgUnits;

    @ModelAttribute("types")
    OrgType[] types() {
        return OrgType.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tree", orgUnits.tree());
        return "admin/orgs/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parent, Model model) {
        model.addAttribute("form", OrgForm.empty(parent));
        model.addAttribute("tree", orgUnits.tree());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OrgForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("tree", orgUnits.tree());
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            OrgUnit unit = orgUnits.create(form.code(), form.details());
            redirect.addFlashAttribute("message", "已新建机构：" + unit.getName());
            return "redirect:/admin/orgs";
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        OrgUnitRow unit = orgUnits.row(id);
        model.addAttribute("unit", unit);
        model.addAttribute("form", OrgForm.of(unit));
        model.addAttribute("tree", orgUnits.tree());
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrgForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("unit", orgUnits.row(id));
        model.addAttribute("tree", orgUnits.tree());
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            orgUnits.update(id, form.version(), form.details());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("message", "机构信息已保存");
        return "redirect:/admin/orgs";
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        orgUnits.setActive(id, active);
        redirect.addFlashAttribute("message", active ? "机构已启用" : "机构已停用");
        return "redirect:/admin/orgs";
    }
}
