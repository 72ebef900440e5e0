package cn.congress.web.fiscal;

import cn.congress.oversight.fiscal.assets.AssetsService;
import cn.congress.oversight.fiscal.assets.AssetsViews.AssetsView;
import cn.congress.oversight.fiscal.assets.AssetsViews.DebtView;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** 国有资产管理情况 and 政府债务管理情况: a year's key figures beside last year's, entered by staff. */
@Controller
@RequiredArgsConstructor
class FiscalAssetsController {

    private final AssetsService assets;
    private final Clock clock;

    @GetMapping("/fiscal/assets")
    String assets(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        AssetsView v = assets.assets(y);
        model.addAttribute("v", v);
        if (v.canEdit() && !model.containsAttribute("assetsForm")) {
            var rows = v.rows();
            model.addAttribute("assetsForm", new FiscalForms.AssetsForm(v.title(), v.specialTopic(), rows.get(0).assets().current(),
                    rows.get(0).liabilities().current(), rows.get(1).assets().current(), rows.get(1).liabilities().current(),
                    rows.get(2).assets().current(), rows.get(2).liabilities().current(), rows.get(3).note()));
        }
        return "fiscal/assets/assets";
    }

    @PostMapping("/fiscal/assets")
    String saveAssets(@RequestParam int year, @Valid @ModelAttribute("assetsForm") FiscalForms.AssetsForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return assets(year, model);
        }
        assets.saveAssets(year, form.title(), form.specialTopic(), form.figures());
        redirect.addFlashAttribute("message", "国有资产管理情况已保存");
        return "redirect:/fiscal/assets?year=" + year;
    }

    @GetMapping("/fiscal/debt")
    String debt(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        DebtView v = assets.debt(y);
        model.addAttribute("v", v);
        if (v.canEdit() && !model.containsAttribute("debtForm")) {
            model.addAttribute("debtForm", new FiscalForms.DebtForm(value(v, 0), value(v, 1), value(v, 3), value(v, 4), value(v, 6),
                    value(v, 7), value(v, 8), String.join("\n", v.bonds().stream().filter(b -> b.value().current() != null)
                    .map(b -> b.label() + "=" + b.value().current().toPlainString()).toList())));
        }
        return "fiscal/assets/debt";
    }

    @PostMapping("/fiscal/debt")
    String saveDebt(@RequestParam int year, @Valid @ModelAttribute("debtForm") FiscalForms.DebtForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return debt(year, model);
        }
        assets.saveDebt(year, form.figures());
        redirect.addFlashAttribute("message", "政府债务管理情况已保存");
        return "redirect:/fiscal/debt?year=" + year;
    }

    private static BigDecimal value(DebtView v, int row) {
        return v.rows().get(row).value().current();
    }
}
