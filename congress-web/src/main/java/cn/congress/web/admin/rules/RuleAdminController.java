package cn.congress.web.admin.rules;

import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.rules.Rules;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 系统管理员：各地不同的业务规则（期限、类别、阈值、文号代字），按生效日期管理. */
@Controller
@RequestMapping("/admin/rules")
@RequiredArgsConstructor
class RuleAdminController {

    private static final String DETAIL = "admin/rules/detail";

    private final Rules rules;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        Map<String, List<Rules.RuleView>> byCategory = new LinkedHashMap<>();
        for (Rules.RuleView view : rules.overview()) {
            byCategory.computeIfAbsent(view.definition().category(), k -> new java.util.ArrayList<>()).add(view);
        }
        model.addAttribute("categories", byCategory);
        return "admin/rules/list";
    }

    @GetMapping("/{key}")
    String detail(@PathVariable String key, Model model) {
        Rules.RuleView view = rules.view(key);
        model.addAttribute("rule", view);
        model.addAttribute("codes", codes(view));
        model.addAttribute("form", new RuleValueForm(LocalDate.now(clock), view.current() == null ? "" : view.current().value(), ""));
        return DETAIL;
    }

    @PostMapping("/{key}")
    String schedule(@PathVariable String key, @Valid @ModelAttribute("form") RuleValueForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        Rules.RuleView view = rules.view(key);
        model.addAttribute("rule", view);
        model.addAttribute("codes", codes(view));
        if (errors.hasErrors()) {
            return DETAIL;
        }
        try {
            rules.schedule(key, form.effectiveFrom(), form.value(), form.remark());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return DETAIL;
        }
        redirect.addFlashAttribute("message", "规则已保存，自" + form.effectiveFrom() + "起生效");
        return "redirect:/admin/rules/" + key;
    }

    /** The entries of a code list in force, with their flags; null for other rules. */
    private List<CodeLabel> codes(Rules.RuleView view) {
        return view.definition().valueType().isCodeList() && view.current() != null ? rules.codes(view.definition().key()) : null;
    }
}
