package cn.congress.web.fiscal;

import cn.congress.oversight.fiscal.budget.ImportKind;
import cn.congress.oversight.fiscal.budget.ImportService;
import cn.congress.oversight.fiscal.budget.ImportViews;
import cn.congress.oversight.fiscal.budget.ImportViews.Preview;
import cn.congress.oversight.fiscal.budget.ImportViews.StageResult;
import cn.congress.web.support.excel.XlsxExport;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The import of the treasury's files: upload (.xlsx or .csv), row-by-row validation with row numbers, a preview of
 * the staged rows, and confirmation, which replaces the year's budget or the month's execution in one transaction.
 */
@Controller
@RequestMapping("/fiscal/budget/import")
@RequiredArgsConstructor
class FiscalImportController {

    private final ImportService imports;
    private final Clock clock;

    @GetMapping
    String form(Model model) {
        imports.maxRows();
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("kind")) {
            model.addAttribute("kind", ImportKind.EXECUTION);
            model.addAttribute("year", today.getYear());
            model.addAttribute("month", today.minusMonths(1).getMonthValue());
        }
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("budgetHeaders", ImportViews.headers(ImportKind.BUDGET));
        model.addAttribute("executionHeaders", ImportViews.headers(ImportKind.EXECUTION));
        model.addAttribute("maxRows", imports.maxRows());
        return "fiscal/budget/import";
    }

    @PostMapping
    String upload(@RequestParam ImportKind kind, @RequestParam int year, @RequestParam(required = false) Integer month,
                  @RequestParam("file") MultipartFile file, Model model) throws IOException {
        var rows = ImportFiles.read(file.getOriginalFilename(), file.getBytes(), imports.maxRows());
        StageResult result = imports.stage(kind, year, kind == ImportKind.EXECUTION ? month : null, file.getOriginalFilename(), rows);
        if (result.ok()) {
            return "redirect:/fiscal/budget/import/" + result.importId();
        }
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("month", month);
        model.addAttribute("rowErrors", result.errors());
        model.addAttribute("moreErrors", result.moreErrors());
        model.addAttribute("fileName", file.getOriginalFilename());
        return form(model);
    }

    @GetMapping("/template")
    ResponseEntity<StreamingResponseBody> template(@RequestParam ImportKind kind) {
        imports.maxRows();
        List<String> headers = ImportViews.headers(kind);
        List<XlsxExport.Column<Object>> columns = headers.stream().map(h -> new XlsxExport.Column<Object>(h, r -> null, 22)).toList();
        return XlsxExport.download(kind == ImportKind.BUDGET ? "年度预算导入模板" : "月度执行导入模板", "数据", columns, List.of());
    }

    @GetMapping("/{id}")
    String preview(@PathVariable long id, Model model) {
        Preview p = imports.preview(id);
        model.addAttribute("p", p);
        model.addAttribute("headers", ImportViews.headers(p.kind()));
        return "fiscal/budget/preview";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        Preview p = imports.preview(id);
        int replaced = imports.confirm(id);
        redirect.addFlashAttribute("message", "已导入" + p.period() + "数据" + p.rowCount() + "行" + (replaced > 0 ? "，替换原有" + replaced + "行" : ""));
        return "redirect:/fiscal/budget?year=" + p.year();
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        imports.discard(id);
        redirect.addFlashAttribute("message", "已放弃本次导入，未保存任何数据");
        return "redirect:/fiscal/budget/import";
    }
}
