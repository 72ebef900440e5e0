package cn.congress.web.appointment;

import cn.congress.domain.appointment.AppointmentAction;
import cn.congress.domain.appointment.AppointmentMotion;
import cn.congress.domain.appointment.AppointmentService;
import cn.congress.domain.appointment.MotionStatus;
import cn.congress.domain.appointment.OathCeremony;
import cn.congress.domain.appointment.PostHolding;
import cn.congress.domain.appointment.Proposer;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.VoteService;
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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 人事任免: motions, the post registry, letters, oath ceremonies and performance reports. */
@Controller
@RequestMapping("/appointments")
@RequiredArgsConstructor
class AppointmentController {

    private static final String FORM = "appointments/form";

    private final AppointmentService appointments;
    private final SessionAgenda sessionAgenda;
    private final VoteService votes;

    @ModelAttribute("proposers")
    Proposer[] proposers() {
        return Proposer.values();
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
        AppointmentMotion m = appointments.get(id);
        model.addAttribute("motion", m);
        model.addAttribute("form", MotionForm.of(m));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MotionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("motion", appointments.get(id));
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
        AppointmentMotion m = appointments.get(id);
        model.addAttribute("motion", m);
        model.addAttribute("history", appointments.history(id));
        model.addAttribute("itemForm", ItemForm.empty());
        model.addAttribute("actions", AppointmentAction.values());
        model.addAttribute("sessions", sessionAgenda.upcomingStandingCommitteeSessions());
        Map<Long, String> voteStatus = new HashMap<>();
        if (m.getMeetingId() != null) {
            votes.ofMeeting(m.getMeetingId()).forEach(v -> voteStatus.put(v.getId(), v.getStatus().getMessageKey()));
        }
        model.addAttribute("voteStatus", voteStatus);
        model.addAttribute("ceremonies", appointments.ceremoniesOf(id));
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
    String returnForCompletion(@PathVariable long id, @RequestParam(required = false) String remark, RedirectAttributes redirect) {
        appointments.returnForCompletion(id, remark);
        redirect.addFlashAttribute("message", "已退回补充材料");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/vet")
    String vet(@PathVariable long id, @RequestParam(required = false) String remark, RedirectAttributes redirect) {
        appointments.vet(id, remark);
        redirect.addFlashAttribute("message", "审查通过，可列入会议议程");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam long meetingId, @RequestParam(required = false) String leadTimeException,
                    RedirectAttributes redirect) {
        appointments.schedule(id, meetingId, leadTimeException);
        redirect.addFlashAttribute("message", "已列入会议议程，并逐人安排无记名表决");
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/{id}/items/{itemId}/not-vote")
    String notVote(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String remark,
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
    String withdraw(@PathVariable long id, @RequestParam(required = false) String remark, RedirectAttributes redirect) {
        appointments.withdraw(id, remark);
        redirect.addFlashAttribute("message", "任免案已撤回");
        return "redirect:/appointments/" + id;
    }

    @GetMapping("/items/{itemId}/letter")
    String letter(@PathVariable long itemId, Model model) {
        model.addAttribute("letter", appointments.letter(itemId));
        return "appointments/letter";
    }

    @PostMapping("/items/{itemId}/letter")
    String issueLetter(@PathVariable long itemId, RedirectAttributes redirect) {
        String number = appointments.issueLetter(itemId);
        redirect.addFlashAttribute("message", "已制发任命书：" + number);
        return "redirect:/appointments/items/" + itemId + "/letter";
    }

    // ---- registry ----

    @GetMapping("/registry")
    String registry(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean current,
                    @RequestParam(required = false) String post, @RequestParam(required = false) String organ,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String person, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", appointments.searchRegistry(q, current, registryPage(page)));
        if (on != null) {
            model.addAttribute("holders", appointments.heldOn(post, organ, on));
        }
        if (person != null && !person.isBlank()) {
            model.addAttribute("posts", appointments.postsOf(person));
        }
        return "appointments/registry";
    }

    private static Pageable registryPage(int page) {
        return PageRequest.of(Math.max(page, 0), 20, Sort.by("organ", "post").and(Sort.by(Sort.Direction.DESC, "startDate")));
    }

    @GetMapping("/registry.xlsx")
    ResponseEntity<StreamingResponseBody> exportRegistry(@RequestParam(required = false) String q,
                                                         @RequestParam(defaultValue = "false") boolean current) {
        List<PostHolding> rows = appointments.searchRegistry(q, current, PageRequest.of(0, 10000, Sort.by("organ", "post", "startDate"))).getContent();
        return XlsxExport.download("任职登记", "任职登记", List.of(
                XlsxExport.Column.<PostHolding>of("姓名", PostHolding::getPersonName),
                new XlsxExport.Column<PostHolding>("机关", PostHolding::getOrgan, 30),
                new XlsxExport.Column<PostHolding>("职务", PostHolding::getPost, 24),
                XlsxExport.Column.<PostHolding>of("任职日期", PostHolding::getStartDate),
                XlsxExport.Column.<PostHolding>of("离任日期", PostHolding::getEndDate)), rows);
    }

    // ---- oath ceremonies ----

    @GetMapping("/oaths")
    String oaths(Model model) {
        model.addAttribute("ceremonies", appointments.ceremonies());
        model.addAttribute("awaiting", appointments.awaitingOath());
        model.addAttribute("oath", OathCeremony.OATH);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CeremonyForm.empty());
        }
        return "appointments/oaths";
    }

    @PostMapping("/oaths")
    String recordCeremony(@Valid @ModelAttribute("form") CeremonyForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return oaths(model);
        }
        appointments.recordCeremony(form.heldOn(), form.place(), form.presiding(), Boolean.TRUE.equals(form.collective()), form.itemIds());
        redirect.addFlashAttribute("message", "已登记宪法宣誓仪式");
        return "redirect:/appointments/oaths";
    }

    // ---- performance reports ----

    @GetMapping("/reports")
    String reports(Model model) {
        model.addAttribute("reports", appointments.reports());
        model.addAttribute("holdings", appointments.currentHoldings());
        model.addAttribute("sessions", sessionAgenda.upcomingStandingCommitteeSessions());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReportForm.empty());
        }
        return "appointments/reports";
    }

    @PostMapping("/reports")
    String submitReport(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return reports(model);
        }
        appointments.submitReport(form.holdingId(), form.year(), form.title(), form.summary());
        redirect.addFlashAttribute("message", "已登记履职报告");
        return "redirect:/appointments/reports";
    }

    @PostMapping("/reports/{id}/schedule")
    String scheduleReport(@PathVariable long id, @RequestParam long meetingId, RedirectAttributes redirect) {
        appointments.scheduleReport(id, meetingId);
        redirect.addFlashAttribute("message", "已列入会议议程，并安排满意度测评");
        return "redirect:/appointments/reports";
    }
}
