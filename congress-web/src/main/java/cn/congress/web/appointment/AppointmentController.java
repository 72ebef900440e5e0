package cn.congress.web.appointment;

import jakarta.validation.constraints.Size;
import cn.congress.domain.appointment.AppointmentAction;
import cn.congress.domain.appointment.AppointmentAccess;
import cn.congress.domain.appointment.AppointmentLetters;
import cn.congress.domain.appointment.AppointmentMotion;
import cn.congress.domain.appointment.AppointmentMotions;
import cn.congress.domain.appointment.AppointmentRegistry;
import cn.congress.domain.appointment.HoldingRow;
import cn.congress.domain.appointment.MotionStatus;
import cn.congress.domain.appointment.MotionView;
import cn.congress.domain.appointment.OathCeremonies;
import cn.congress.domain.appointment.OathCeremony;
import cn.congress.domain.appointment.PerformanceReports;
import cn.congress.domain.appointment.Proposer;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.appointment.AppointmentForms.CeremonyForm;
import cn.congress.web.appointment.AppointmentForms.ItemForm;
import cn.congress.web.appointment.AppointmentForms.MotionForm;
import cn.congress.web.appointment.AppointmentForms.ReportForm;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 人事任免: motions, the post registry, letters, oath ceremonies and performance reports. */
@Controller
@RequestMapping("/appointments")
@RequiredArgsConstructor
class AppointmentController {

    private static final String FORM = "appointments/form";

    private final AppointmentMotions appointments;
    private final AppointmentRegistry registry;
    private final AppointmentLetters letters;
    private final OathCeremonies oaths;
    private final PerformanceReports reports;
    private final SessionAgenda sessionAgenda;
    private final Clock clock;

    @ModelAttribute("proposers")
    Proposer[] proposers() {
        return Proposer.values();
    }

    /** Whether the caller prepares motions (the 起草 button, the ceremony and report forms). */
    @ModelAttribute("preparer")
    boolean preparer() {
        return AppointmentAccess.isPreparer(Caller.current());
    }

    @GetMapping
    String list(@RequestParam(required = false) MotionStatus status, @RequestParam(required = false) Proposer proposer,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", appointments.search(status, proposer, q,
                PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("statuses", MotionStatus.values());
        return "appointments/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        appointments.requirePreparer();
        model.addAttribute("form", MotionForm.empty());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MotionForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        AppointmentMotion m = appointments.create(form.details());
        redirect.addFlashAttribute("message", "已起草任免案，请列明任免人员");
        return "redirect:/appointments/" + m.getId();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MotionView m = editable(id);
        model.addAttribute("motion", m);
        model.addAttribute("form", MotionForm.of(m));
        return FORM;
    }

    /** The edit form opens only for a caller who may prepare motions. */
    private MotionView editable(long id) {
        appointments.requirePreparer();
        return appointments.view(id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MotionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("motion", appointments.view(id));
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            appointments.update(id, form.version() == null ? -1 : form.version(), form.details());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("message", "任免案已保存");
        return "redirect:/appointments/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MotionView m = appointments.view(id);
        model.addAttribute("motion", m);
        model.addAttribute("itemForm", ItemForm.empty());
        model.addAttribute("actions", AppointmentAction.values());
        if (m.can("SCHEDULE")) {
            model.addAttribute("sessions", sessionAgenda.upcomingStandingCommitteeSessions());
        }
        return "appointments/detail";
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请填写姓名、任免类别、职务和机关");
            return "redirect:/appointments/" + id + "#add-item";
        }
        appointments.addItem(id, form.details());
        redirect.addFlashAttribute("message", "已增加：" + form.personName());
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/items/{itemId}/delete")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        appointments.removeItem(id, itemId);
        redirect.addFlashAttribute("message", "已删除该人员");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        appointments.submit(id);
        redirect.addFlashAttribute("message", "任免案已提请");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/return")
    String returnForCompletion(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark, RedirectAttributes redirect) {
        appointments.returnForCompletion(id, remark);
        redirect.addFlashAttribute("message", "已退回补充材料");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/vet")
    String vet(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark, RedirectAttributes redirect) {
        appointments.vet(id, remark);
        redirect.addFlashAttribute("message", "审查通过，可列入会议议程");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam long meetingId, @RequestParam(required = false) @Size(max = 500, message = "提前量说明不能超过500字") String leadTimeException,
                    RedirectAttributes redirect) {
        appointments.schedule(id, meetingId, leadTimeException);
        redirect.addFlashAttribute("message", "已列入会议议程，并逐人安排无记名表决");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/items/{itemId}/not-vote")
    String notVote(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark,
                   RedirectAttributes redirect) {
        appointments.notVote(id, itemId, remark);
        redirect.addFlashAttribute("message", "已记录主任会议不付表决的决定，该人员的表决已取消");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        String number = appointments.publish(id);
        redirect.addFlashAttribute("message", "已发布任免公告：" + number);
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) @Size(max = 500, message = "备注不能超过500字") String remark, RedirectAttributes redirect) {
        appointments.withdraw(id, remark);
        redirect.addFlashAttribute("message", "任免案已撤回");
        return "redirect:/appointments/" + id;
    }

    @GetMapping("/items/{itemId}/letter")
    String letter(@PathVariable long itemId, Model model) {
        model.addAttribute("letter", letters.letter(itemId));
        return "appointments/letter";
    }

    @PostMapping("/items/{itemId}/letter")
    String issueLetter(@PathVariable long itemId, RedirectAttributes redirect) {
        String number = letters.issue(itemId);
        redirect.addFlashAttribute("message", "已制发任命书：" + number);
        return "redirect:/appointments/items/" + itemId + "/letter";
    }

    // ---- registry ----

    @GetMapping("/registry")
    String registry(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean current,
                    @RequestParam(required = false) String post, @RequestParam(required = false) String organ,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String person, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", registry.search(q, current, registryPage(page)));
        if (on != null) {
            model.addAttribute("holders", registry.heldOn(post, organ, on));
        }
        if (person != null && !person.isBlank()) {
            model.addAttribute("posts", registry.postsOf(person));
        }
        return "appointments/registry";
    }

    private static Pageable registryPage(int page) {
        return PageRequest.of(Math.max(page, 0), 20, Sort.by("organ", "post").and(Sort.by(Sort.Direction.DESC, "startDate")));
    }

    @GetMapping("/registry.xlsx")
    ResponseEntity<StreamingResponseBody> exportRegistry(@RequestParam(required = false) String q,
                                                         @RequestParam(defaultValue = "false") boolean current) {
        List<HoldingRow> rows = registry.search(q, current, PageRequest.of(0, 10000, Sort.by("organ", "post", "startDate"))).getContent();
        return XlsxExport.download("任职登记", "任职登记", List.of(
                XlsxExport.Column.<HoldingRow>of("姓名", HoldingRow::personName),
                new XlsxExport.Column<HoldingRow>("机关", HoldingRow::organ, 30),
                new XlsxExport.Column<HoldingRow>("职务", HoldingRow::post, 24),
                XlsxExport.Column.<HoldingRow>of("任职日期", HoldingRow::startDate),
                XlsxExport.Column.<HoldingRow>of("离任日期", HoldingRow::endDate)), rows);
    }

    // ---- oath ceremonies ----

    @GetMapping("/oaths")
    String oaths(Model model) {
        model.addAttribute("ceremonies", oaths.list());
        model.addAttribute("awaiting", oaths.awaitingOath());
        model.addAttribute("oath", OathCeremony.OATH);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CeremonyForm.empty(LocalDate.now(clock)));
        }
        return "appointments/oaths";
    }

    @PostMapping("/oaths")
    String recordCeremony(@Valid @ModelAttribute("form") CeremonyForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return oaths(model);
        }
        oaths.record(form.heldOn(), form.place(), form.presiding(), Boolean.TRUE.equals(form.collective()), form.itemIds());
        redirect.addFlashAttribute("message", "已登记宪法宣誓仪式");
        return "redirect:/appointments/oaths";
    }

    // ---- performance reports ----

    @GetMapping("/reports")
    String reports(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("holdings", registry.current());
        model.addAttribute("sessions", sessionAgenda.upcomingStandingCommitteeSessions());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReportForm.empty(LocalDate.now(clock)));
        }
        return "appointments/reports";
    }

    @PostMapping("/reports")
    String submitReport(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return reports(model);
        }
        reports.submit(form.holdingId(), form.year(), form.title(), form.summary());
        redirect.addFlashAttribute("message", "已登记履职报告");
        return "redirect:/appointments/reports";
    }

    @PostMapping("/reports/{id}/schedule")
    String scheduleReport(@PathVariable long id, @RequestParam long meetingId, RedirectAttributes redirect) {
        reports.schedule(id, meetingId);
        redirect.addFlashAttribute("message", "已列入会议议程，并安排满意度测评");
        return "redirect:/appointments/reports";
    }
}
