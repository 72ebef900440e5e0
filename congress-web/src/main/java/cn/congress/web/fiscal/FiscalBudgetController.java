package cn.congress.web.fiscal;

import cn.congress.oversight.fiscal.budget.MonitoringQueries;
import cn.congress.oversight.fiscal.budget.MonitoringViews.ExecRow;
import cn.congress.oversight.fiscal.budget.MonitoringViews.Execution;
import cn.congress.web.support.excel.XlsxExport;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 预算联网监督: execution against budget by department, by unit of a department, by function category and by the
 * categories of one unit, against the elapsed share of the year; charts and .xlsx exports of each view.
 */
@Controller
@RequestMapping("/fiscal/budget")
@RequiredArgsConstructor
class FiscalBudgetController {

    private final MonitoringQueries monitoring;
    private final Clock clock;

    @GetMapping
    String departments(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        return page(monitoring.byDepartment(y), "各部门预算执行情况", model);
    }

    @GetMapping("/categories")
    String categories(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        return page(monitoring.byCategory(y), "各功能分类科目预算执行情况", model);
    }

    @GetMapping("/departments/{id}")
    String units(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        Execution e = monitoring.byUnit(y, id);
        return page(e, monitoring.departmentName(id) + "所属预算单位执行情况", model);
    }

    @GetMapping("/units/{id}")
    String lines(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        Execution e = monitoring.unitLines(y, id);
        model.addAttribute("departmentName", monitoring.departmentName(e.departmentId()));
        return page(e, monitoring.unitName(id) + "分科目执行情况", model);
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "department") String view,
                                                 @RequestParam(required = false) Long id) {
        int y = year(year);
        Execution e = switch (view) {
            case "category" -> monitoring.byCategory(y);
            case "unit" -> monitoring.byUnit(y, id == null ? -1 : id);
            case "lines" -> monitoring.unitLines(y, id == null ? -1 : id);
            default -> monitoring.byDepartment(y);
        };
        List<XlsxExport.Column<ExecRow>> columns = List.of(
                XlsxExport.Column.of("编码", ExecRow::code),
                new XlsxExport.Column<>("名称", ExecRow::name, 36),
                XlsxExport.Column.of("全年预算（元）", ExecRow::budget),
                XlsxExport.Column.of("累计支出（元）", ExecRow::spent),
                XlsxExport.Column.of("执行率（%）", ExecRow::rate),
                XlsxExport.Column.of("与时间进度差（百分点）", ExecRow::gap),
                XlsxExport.Column.of("未办结预警", ExecRow::openWarnings));
        return XlsxExport.download(y + "年预算执行情况", "预算执行", columns, e.rows());
    }

    private int year(Integer year) {
        if (year != null) {
            return year;
        }
        List<Integer> years = monitoring.years();
        int now = LocalDate.now(clock).getYear();
        return years.contains(now) || years.isEmpty() ? now : years.get(0);
    }

    private String page(Execution e, String title, Model model) {
        model.addAttribute("e", e);
        model.addAttribute("heading", title);
        model.addAttribute("years", monitoring.years());
        model.addAttribute("chartLabels", e.rows().stream().map(ExecRow::name).collect(Collectors.joining("|")));
        model.addAttribute("chartRates", e.rows().stream().map(r -> r.rate() == null ? "0" : r.rate().toPlainString()).collect(Collectors.joining("|")));
        model.addAttribute("chartElapsed", e.rows().stream().map(r -> e.elapsedPercent().toPlainString()).collect(Collectors.joining("|")));
        model.addAttribute("monthLabels", e.months().stream().map(m -> m.month() + "月").collect(Collectors.joining("|")));
        model.addAttribute("monthRates", e.months().stream().map(m -> m.cumulativeRate() == null ? "0" : m.cumulativeRate().toPlainString())
                .collect(Collectors.joining("|")));
        model.addAttribute("monthElapsed", e.months().stream().map(m -> BigDecimal.valueOf(m.month() * 100L).divide(BigDecimal.valueOf(12), 2,
                java.math.RoundingMode.HALF_UP).toPlainString()).collect(Collectors.joining("|")));
        return "fiscal/budget/execution";
    }
}
