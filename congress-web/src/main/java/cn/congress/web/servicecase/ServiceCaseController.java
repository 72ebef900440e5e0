package cn.congress.web.servicecase;

import cn.congress.deputies.servicecase.CaseStatus;
import cn.congress.deputies.servicecase.ServiceCaseQueries;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseFilter;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseView;
import cn.congress.deputies.servicecase.ServiceCaseService;
import cn.congress.deputies.servicecase.ServiceCaseType;
import cn.congress.deputies.station.StationQueries;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.servicecase.ServiceCaseForms.CaseForm;
import cn.congress.web.servicecase.ServiceCaseForms.CloseForm;
import cn.congress.web.servicecase.ServiceCaseForms.ForwardForm;
import cn.congress.web.servicecase.ServiceCaseForms.NoteForm;
import cn.congress.web.station.StationRecordChoices;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** 信访代办与诉前调解: take on a case, follow it, close it; counts per agent, mediator, station and district. */
@Controller
@RequestMapping("/service-cases")
@RequiredArgsConstructor
class ServiceCaseController {

    private final ServiceCaseQueries queries;
    private final ServiceCaseService service;
    private final StationQueries stations;
    private final StationRecordChoices recordChoices;
    private final Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) ServiceCaseType type, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) Long station, @RequestParam(required = false) String district,
                @RequestParam(required = false) Long deputy, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String q, @RequestParam(required = false) cn.congress.deputies.servicecase.CaseOutcome outcome,
                @RequestParam(defaultValue = "0") int page, Model model) {
        CaseFilter f = new CaseFilter(type, status, station, district, deputy, year, q, outcome);
        model.addAttribute("page", queries.list(Caller.current(), f, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("filter", f);
        model.addAttribute("types", ServiceCaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("districts", stations.districts());
        return "service-cases/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(defaultValue = "PETITION_AGENCY") ServiceCaseType type, Model model) {
        model.addAttribute("form", CaseForm.empty(type, LocalDate.now(clock)));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(Caller.current(), form.type(), form.stationId(), form.deputyId(), form.details());
            redirect.addFlashAttribute("message", "案件已受理登记");
            return "redirect:/service-cases/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CaseView v = queries.detail(Caller.current(), id);
        if (!v.can("EDIT")) {
            throw new DomainException("案件已办结，不能再修改");
        }
        model.addAttribute("form", CaseForm.of(v));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            service.edit(Caller.current(), id, form.version() == null ? -1 : form.version(), form.details());
            redirect.addFlashAttribute("message", "案件信息已保存");
            return "redirect:/service-cases/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, id);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("caseId", id);
        model.addAttribute("types", ServiceCaseType.values());
        recordChoices.addRecordingChoices(model);
        return "service-cases/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CaseView v = queries.detail(Caller.current(), id);
        model.addAttribute("c", v);
        // a form sent back with its errors is already in the model and stays as the user left it
        model.mergeAttributes(Map.of("forwardForm", new ForwardForm(v.version(), null),
                "noteForm", new NoteForm(v.version(), LocalDate.now(clock), null),
                "closeForm", new CloseForm(v.version(), null, null)));
        recordChoices.addHandlingChoices(model, v.can("FORWARD"));
        return "service-cases/detail";
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable long id, @Valid @ModelAttribute("forwardForm") ForwardForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.forward(Caller.current(), id, form.version(), form.organId());
        redirect.addFlashAttribute("message", "已转送承办机关");
        return "redirect:/service-cases/" + id;
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        service.startMediation(Caller.current(), id, version);
        redirect.addFlashAttribute("message", "调解已开始");
        return "redirect:/service-cases/" + id;
    }

    @PostMapping("/{id}/note")
    String note(@PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.note(Caller.current(), id, form.version(), form.on(), form.text());
        redirect.addFlashAttribute("message", "已记录");
        return "redirect:/service-cases/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        service.close(Caller.current(), id, form.version(), form.outcome(), form.satisfaction());
        redirect.addFlashAttribute("message", "案件已办结");
        return "redirect:/service-cases/" + id;
    }

    @GetMapping("/stats")
    String stats(@RequestParam(defaultValue = "PETITION_AGENCY") ServiceCaseType type, @RequestParam(required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int y = year == null ? thisYear : year;
        model.addAttribute("stats", queries.stats(Caller.current(), type, y));
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.List.of(thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("types", ServiceCaseType.values());
        return "service-cases/stats";
    }
}
