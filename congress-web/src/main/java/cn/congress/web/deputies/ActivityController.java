package cn.congress.web.deputies;

import cn.congress.deputies.activity.ActivityKind;
import cn.congress.deputies.activity.ActivityQueries;
import cn.congress.deputies.activity.ActivityRows.ActivityFilter;
import cn.congress.deputies.activity.ActivityService;
import cn.congress.deputies.station.StationQueries;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 履职活动: staff or a group's member record an activity with its participants; each participant confirms attendance. */
@Controller
@RequestMapping("/deputies/activities")
@RequiredArgsConstructor
class ActivityController {

    private final ActivityQueries queries;
    private final ActivityService service;
    private final StationQueries stations;
    private final Clock clock;

    record ActivityForm(@NotNull(message = "请选择活动类型") ActivityKind kind,
                        @NotBlank(message = "请填写活动名称") @Size(max = 200, message = "最多200字") String title,
                        @NotNull(message = "请填写活动日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                        @DecimalMin(value = "0", message = "学时不能为负") @DecimalMax(value = "999", message = "学时过大") BigDecimal hours,
                        @Size(max = 100, message = "最多100字") String location, Long groupId,
                        @NotEmpty(message = "请选择参加的代表") List<Long> deputyIds) {
    }

    @GetMapping
    String list(@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Caller.current();
        model.addAttribute("page", queries.list(caller, new ActivityFilter(kind, year, null), PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("mayRecord", caller.hasAny(Role.STAFF, Role.DEPUTY));
        return "deputies/activities/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new ActivityForm(ActivityKind.GROUP_ACTIVITY, null, LocalDate.now(clock), BigDecimal.ZERO, null, null, new ArrayList<>()));
        return form(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            long id = service.record(Caller.current(), new ActivityService.NewActivity(form.kind(), form.title(), form.heldOn(), form.hours(),
                    form.location(), form.groupId(), null, form.deputyIds()));
            redirect.addFlashAttribute("message", "活动已登记，参加的代表确认后计入履职档案");
            return "redirect:/deputies/activities/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("groups", queries.groups(Caller.current()));
        model.addAttribute("deputies", stations.allDeputies());
        return "deputies/activities/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("activity", queries.detail(Caller.current(), id));
        return "deputies/activities/detail";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        service.confirm(Caller.current(), id);
        redirect.addFlashAttribute("message", "已确认出席");
        return "redirect:/deputies/activities/" + id;
    }
}
