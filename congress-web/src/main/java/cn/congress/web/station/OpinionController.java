package cn.congress.web.station;

import cn.congress.deputies.reception.OpinionQueries;
import cn.congress.deputies.reception.OpinionRoute;
import cn.congress.deputies.reception.OpinionRows.OpinionFilter;
import cn.congress.deputies.reception.OpinionRows.OpinionRow;
import cn.congress.deputies.reception.OpinionRows.OpinionView;
import cn.congress.deputies.reception.OpinionService;
import cn.congress.deputies.reception.OpinionStatus;
import cn.congress.deputies.station.StationQueries;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.station.StationForms.AnswerForm;
import cn.congress.web.station.StationForms.FeedbackForm;
import cn.congress.web.station.StationForms.OpinionForm;
import cn.congress.web.station.StationForms.SettleForm;
import cn.congress.web.station.StationForms.SuggestForm;
import cn.congress.web.station.StationForms.TransferForm;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 民情民意: record a reception, route the opinion, follow it to the organ's answer or the deputy's suggestion, call back. */
@Controller
@RequestMapping("/stations/opinions")
@RequiredArgsConstructor
class OpinionController {

    private final OpinionQueries queries;
    private final OpinionService service;
    private final StationQueries stations;
    private final StationRecordChoices recordChoices;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    private OpinionFilter filter(Long station, String category, OpinionStatus status, OpinionRoute route, Integer year, Integer quarter,
                                 boolean overdue, String district, boolean answered) {
        return new OpinionFilter(station, category, status, route, year, quarter == null || quarter < 1 || quarter > 4 ? null : quarter,
                overdue, district, answered);
    }

    @GetMapping
    String list(@RequestParam(required = false) Long station, @RequestParam(required = false) String category,
                @RequestParam(required = false) OpinionStatus status, @RequestParam(required = false) OpinionRoute route,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String district,
                @RequestParam(defaultValue = "false") boolean answered, @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Caller.current();
        OpinionFilter f = filter(station, category, status, route, year, quarter, overdue, district, answered);
        model.addAttribute("page", queries.list(caller, f, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("filter", f);
        model.addAttribute("categories", queries.categories());
        model.addAttribute("statuses", OpinionStatus.values());
        model.addAttribute("routes", OpinionRoute.values());
        model.addAttribute("mayRecord", caller.hasAny(cn.congress.domain.account.Role.STAFF, cn.congress.domain.account.Role.DEPUTY,
                cn.congress.domain.account.Role.STATION_MANAGER));
        return "stations/opinions/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Long station, @RequestParam(required = false) String category,
                                                 @RequestParam(required = false) OpinionStatus status, @RequestParam(required = false) OpinionRoute route,
                                                 @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                                                 @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String district,
                                                 @RequestParam(defaultValue = "false") boolean answered) {
        List<OpinionRow> rows = queries.export(Caller.current(), filter(station, category, status, route, year, quarter, overdue, district, answered));
        List<XlsxExport.Column<OpinionRow>> columns = List.of(
                XlsxExport.Column.of("编号", OpinionRow::id),
                XlsxExport.Column.of("接待日期", OpinionRow::receivedOn),
                new XlsxExport.Column<>("联络站", OpinionRow::stationName, 24),
                XlsxExport.Column.of("接待代表", OpinionRow::deputyName),
                XlsxExport.Column.of("反映人", OpinionRow::residentMasked),
                XlsxExport.Column.of("分类", OpinionRow::categoryLabel),
                new XlsxExport.Column<>("意见摘要", OpinionRow::excerpt, 48),
                XlsxExport.Column.of("办理方式", r -> r.route() == null ? "" : label(r.route())),
                XlsxExport.Column.of("状态", r -> label(r.status())),
                new XlsxExport.Column<>("承办机关", OpinionRow::organName, 24),
                XlsxExport.Column.of("办理期限", OpinionRow::transferDue),
                XlsxExport.Column.of("是否超期", r -> r.overdue() ? "超期" : ""));
        return XlsxExport.download("民情民意", "民情民意", columns, rows);
    }

    /** Labels for the spreadsheet, where there is no template to resolve message keys. */
    private String label(cn.congress.domain.shared.Labeled e) {
        return messages.getMessage(e.getMessageKey(), null, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long station, Model model) {
        model.addAttribute("form", OpinionForm.empty(station, LocalDate.now(clock)));
        return form(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OpinionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            long id = service.record(Caller.current(), form.newOpinion());
            redirect.addFlashAttribute("message", "接待记录已登记");
            return "redirect:/stations/opinions/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("categories", queries.categories());
        recordChoices.addRecordingChoices(model);
        return "stations/opinions/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        OpinionView v = queries.detail(Caller.current(), id);
        model.addAttribute("opinion", v);
        // a form sent back with its errors is already in the model and stays as the user left it
        model.mergeAttributes(Map.of("settleForm", new SettleForm(v.version(), null),
                "transferForm", new TransferForm(v.version(), null, null),
                "answerForm", new AnswerForm(v.version(), null),
                "suggestForm", new SuggestForm(v.version(), "关于" + (v.content().length() > 20 ? v.content().substring(0, 20) : v.content()) + "的建议"),
                "feedbackForm", new FeedbackForm(v.version(), null, null)));
        recordChoices.addHandlingChoices(model, v.can("TRANSFER"));
        return "stations/opinions/detail";
    }

    @PostMapping("/{id}/settle")
    String settle(@PathVariable long id, @Valid @ModelAttribute("settleForm") SettleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.settle(Caller.current(), id, form.version(), form.settlement());
        redirect.addFlashAttribute("message", "已记录就地解决情况");
        return "redirect:/stations/opinions/" + id;
    }

    @PostMapping("/{id}/transfer")
    String transfer(@PathVariable long id, @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.transfer(Caller.current(), id, form.version(), form.orgId(), form.due());
        redirect.addFlashAttribute("message", "已转交有关机关办理");
        return "redirect:/stations/opinions/" + id;
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.answer(Caller.current(), id, form.version(), form.answer());
        redirect.addFlashAttribute("message", "答复已提交");
        return "redirect:/stations/opinions/" + id;
    }

    @PostMapping("/{id}/suggest")
    String suggest(@PathVariable long id, @Valid @ModelAttribute("suggestForm") SuggestForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        long suggestionId = service.toSuggestion(Caller.current(), id, form.version(), form.title());
        redirect.addFlashAttribute("message", "已转为代表建议草稿（编号 " + suggestionId + "），请在建议页面修改后提交");
        return "redirect:/stations/opinions/" + id;
    }

    @PostMapping("/{id}/feedback")
    String feedback(@PathVariable long id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.feedback(Caller.current(), id, form.version(), form.satisfaction(), form.note());
        redirect.addFlashAttribute("message", "回访情况已记录，该意见办结");
        return "redirect:/stations/opinions/" + id;
    }

    /** Shows the resident's full name and contact once, on this response only; the look is audited. */
    @PostMapping("/{id}/resident")
    String reveal(@PathVariable long id, Model model) {
        model.addAttribute("resident", service.revealResident(Caller.current(), id));
        return detail(id, model);
    }

    @GetMapping("/analysis")
    String analysis(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                    @RequestParam(required = false) String district, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        int q = quarter == null || quarter < 1 || quarter > 4 ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        var a = queries.analysis(Caller.current(), y, q, district);
        model.addAttribute("analysis", a);
        model.addAttribute("years", List.of(today.getYear(), today.getYear() - 1, today.getYear() - 2));
        model.addAttribute("districts", stations.districts());
        model.addAttribute("district", district);
        model.addAttribute("categoryLabels", a.byCategory().stream().map(c -> c.label()).collect(Collectors.joining("|")));
        model.addAttribute("categoryValues", a.byCategory().stream().map(c -> String.valueOf(c.total())).collect(Collectors.joining("|")));
        model.addAttribute("districtLabels", a.byDistrict().stream().map(c -> c.label()).collect(Collectors.joining("|")));
        model.addAttribute("districtSettled", a.byDistrict().stream().map(c -> String.valueOf(c.settled())).collect(Collectors.joining("|")));
        model.addAttribute("districtTransferred", a.byDistrict().stream().map(c -> String.valueOf(c.transferred())).collect(Collectors.joining("|")));
        model.addAttribute("districtSuggested", a.byDistrict().stream().map(c -> String.valueOf(c.suggested())).collect(Collectors.joining("|")));
        return "stations/opinions/analysis";
    }

    @GetMapping("/analysis/export")
    ResponseEntity<StreamingResponseBody> analysisExport(@RequestParam int year, @RequestParam int quarter,
                                                         @RequestParam(required = false) String district) {
        var a = queries.analysis(Caller.current(), year, quarter, district);
        List<XlsxExport.Column<cn.congress.deputies.reception.OpinionRows.Count>> columns = List.of(
                new XlsxExport.Column<>("联络站", c -> c.label(), 28),
                XlsxExport.Column.of("意见总数", c -> c.total()),
                XlsxExport.Column.of("就地解决", c -> c.settled()),
                XlsxExport.Column.of("转交机关", c -> c.transferred()),
                XlsxExport.Column.of("机关已答复", c -> c.answered()),
                XlsxExport.Column.of("转为建议", c -> c.suggested()),
                XlsxExport.Column.of("超期未答复", c -> c.overdue()),
                XlsxExport.Column.of("就地解决率(%)", c -> c.settledShare()));
        return XlsxExport.download(year + "年第" + quarter + "季度民情分析", "按联络站", columns, a.byStation());
    }
}
