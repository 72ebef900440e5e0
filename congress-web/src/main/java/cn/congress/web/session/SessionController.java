package cn.congress.web.session;

import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Attendance;
import cn.congress.domain.session.AttendanceView;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionView;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.SessionStatus;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.session.SessionForms.AgendaItemForm;
import cn.congress.web.session.SessionForms.AttendanceForm;
import cn.congress.web.session.SessionForms.AttendeeForm;
import cn.congress.web.session.SessionForms.SessionForm;
import cn.congress.web.session.SessionForms.VoteForm;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 会议: list, schedule, agenda, attendance, documents. */
@Controller
@RequestMapping("/sessions")
@RequiredArgsConstructor
class SessionController {

    private static final String FORM = "sessions/form";

    private final SessionService sessions;
    private final VoteService votes;
    private final Clock clock;

    @ModelAttribute("kinds")
    SessionKind[] kinds() {
        return SessionKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) SessionKind kind, @RequestParam(required = false) SessionStatus status,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", sessions.search(kind, status, year,
                PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("statuses", SessionStatus.values());
        model.addAttribute("mayRun", sessions.mayRun());
        return "sessions/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        sessions.requireRunner("安排会议");
        model.addAttribute("form", SessionForm.empty(LocalDate.now(clock)));
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            Meeting m = sessions.create(form.details());
            redirect.addFlashAttribute("message", "已安排" + m.getTitle());
            return "redirect:/sessions/" + m.getId();
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SessionView.Meeting m = sessions.forEditing(id);
        model.addAttribute("meeting", m);
        model.addAttribute("form", SessionForm.of(m));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("meeting", sessions.forEditing(id));
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            sessions.update(id, form.version() == null ? -1 : form.version(), form.details());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("message", "会议信息已保存");
        return "redirect:/sessions/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        SessionView view = sessions.view(id);
        model.addAttribute("view", view);
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("quorum", view.quorum());
        model.addAttribute("agenda", view.agenda());
        model.addAttribute("attendees", view.attendees());
        model.addAttribute("itemForm", AgendaItemForm.empty());
        model.addAttribute("voteForm", new VoteForm("", VoteKind.MOTION, VoteMethod.ELECTRONIC, VoteRule.MAJORITY_OF_ALL, false, ""));
        model.addAttribute("itemTypes", AgendaItemType.values());
        model.addAttribute("voteKinds", VoteKind.values());
        model.addAttribute("voteMethods", VoteMethod.values());
        model.addAttribute("voteRules", VoteRule.values());
        return "sessions/detail";
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        sessions.start(id);
        redirect.addFlashAttribute("message", "会议已开始");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        sessions.close(id);
        redirect.addFlashAttribute("message", "会议已闭会");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") AgendaItemForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请填写议程类别和名称");
            return "redirect:/sessions/" + id + "#agenda";
        }
        sessions.addAgendaItem(id, form.type(), form.title(), form.presenter(), null, null);
        redirect.addFlashAttribute("message", "已增加议程");
        return "redirect:/sessions/" + id + "#agenda";
    }

    @PostMapping("/{id}/items/{itemId}/move")
    String move(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean up) {
        sessions.moveAgendaItem(id, itemId, up);
        return "redirect:/sessions/" + id + "#agenda";
    }

    @PostMapping("/{id}/items/{itemId}/documents")
    String upload(@PathVariable long id, @PathVariable long itemId, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        sessions.attach(id, itemId, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("message", "已上传会议文件");
        return "redirect:/sessions/" + id + "#item-" + itemId;
    }

    @GetMapping("/{id}/items/{itemId}/documents/{docId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long itemId, @PathVariable long docId) {
        Attachment a = sessions.document(id, itemId, docId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(a.getContent());
    }

    @PostMapping("/{id}/items/{itemId}/votes")
    String prepareVote(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("voteForm") VoteForm form,
                       BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请填写表决事项名称、方式和通过规则");
            return "redirect:/sessions/" + id + "#item-" + itemId;
        }
        Vote v = votes.prepare(id, itemId, form.newVote());
        redirect.addFlashAttribute("message", "已安排表决：" + v.getTitle());
        return "redirect:/sessions/votes/" + v.getId();
    }

    @GetMapping("/{id}/attendance")
    String attendance(@PathVariable long id, Model model) {
        AttendanceView view = sessions.attendance(id);
        model.addAttribute("view", view);
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("quorum", view.quorum());
        model.addAttribute("participants", view.participants());
        model.addAttribute("attendees", view.attendees());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("attendeeForm", new AttendeeForm("", ""));
        return "sessions/attendance";
    }

    @PostMapping("/{id}/attendance/{participantId}")
    String recordAttendance(@PathVariable long id, @PathVariable long participantId, @Valid AttendanceForm form,
                            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请选择出席情况");
        } else {
            sessions.recordAttendance(id, participantId, form.attendance(), form.reason());
            redirect.addFlashAttribute("message", "出席情况已登记");
        }
        return "redirect:/sessions/" + id + "/attendance#p-" + participantId;
    }

    @PostMapping("/{id}/attendees")
    String addAttendee(@PathVariable long id, @Valid @ModelAttribute("attendeeForm") AttendeeForm form, BindingResult errors,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "请填写列席人员姓名和单位职务");
        } else {
            sessions.addAttendee(id, form.name(), form.organ());
            redirect.addFlashAttribute("message", "已登记列席人员：" + form.name());
        }
        return "redirect:/sessions/" + id + "/attendance#attendees";
    }

    @PostMapping("/{id}/attendees/{attendeeId}/delete")
    String removeAttendee(@PathVariable long id, @PathVariable long attendeeId, RedirectAttributes redirect) {
        sessions.removeAttendee(id, attendeeId);
        redirect.addFlashAttribute("message", "已删除列席人员");
        return "redirect:/sessions/" + id + "/attendance#attendees";
    }
}
