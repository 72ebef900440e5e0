package cn.congress.web.station;

import cn.congress.deputies.station.StationKind;
import cn.congress.deputies.station.StationQueries;
import cn.congress.deputies.station.StationRows.StationFilter;
import cn.congress.deputies.station.StationRows.StationView;
import cn.congress.deputies.station.StationService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.station.StationForms.DayForm;
import cn.congress.web.station.StationForms.StationForm;
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

/** 联络站名录: staff keep the registry; staff and each station's manager keep its reception days. */
@Controller
@RequestMapping("/stations")
@RequiredArgsConstructor
class StationController {

    private final StationQueries queries;
    private final StationService service;

    @GetMapping
    String list(@RequestParam(required = false) String district, @RequestParam(required = false) StationKind kind,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Caller.current();
        model.addAttribute("page", queries.list(caller, new StationFilter(district, kind, q), PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("districts", queries.districts());
        model.addAttribute("kinds", StationKind.values());
        model.addAttribute("district", district);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("canCreate", queries.canRegister(caller));
        return "stations/list";
    }

    /** A station manager's own station. */
    @GetMapping("/mine")
    String mine() {
        return "redirect:/stations/" + queries.myStation(Caller.current());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", StationForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") StationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(Caller.current(), form.details());
            redirect.addFlashAttribute("message", "联络站已登记");
            return "redirect:/stations/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        StationView v = queries.detail(Caller.current(), id);
        if (!v.canEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("无权修改联络站");
        }
        model.addAttribute("form", StationForm.of(v));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            service.update(Caller.current(), id, form.version() == null ? -1 : form.version(), form.details());
            redirect.addFlashAttribute("message", "联络站信息已保存");
            return "redirect:/stations/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, id);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("stationId", id);
        model.addAttribute("kinds", StationKind.values());
        model.addAttribute("deputies", queries.allDeputies());
        return "stations/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", DayForm.empty());
        }
        model.addAttribute("station", queries.detail(Caller.current(), id));
        return "stations/detail";
    }

    @PostMapping("/{id}/days")
    String addDay(@PathVariable long id, @Valid @ModelAttribute("dayForm") DayForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.addDay(Caller.current(), id, form.newDay());
                redirect.addFlashAttribute("message", "接待日已安排");
                return "redirect:/stations/" + id;
            } catch (DomainException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/days/{dayId}/delete")
    String removeDay(@PathVariable long id, @PathVariable long dayId, RedirectAttributes redirect) {
        service.removeDay(Caller.current(), id, dayId);
        redirect.addFlashAttribute("message", "接待日已取消");
        return "redirect:/stations/" + id;
    }
}
