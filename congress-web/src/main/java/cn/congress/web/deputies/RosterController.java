package cn.congress.web.deputies;

import jakarta.validation.constraints.Size;
import cn.congress.deputies.roster.DeputyProfile;
import cn.congress.deputies.roster.DeputyRow;
import cn.congress.deputies.roster.DeputyStatus;
import cn.congress.deputies.roster.Gender;
import cn.congress.deputies.roster.RosterService;
import cn.congress.deputies.suggestion.SuggestionQueries;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.support.excel.XlsxExport;
import jakarta.servlet.http.HttpSession;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** 代表名册: staff maintain, import and export the roster; a deputy sees their own performance record. */
@Controller
@RequestMapping("/deputies")
@RequiredArgsConstructor
class RosterController {

    private static final String IMPORT_KEY = RosterController.class.getName() + ".import";

    private final RosterService roster;
    private final SuggestionQueries suggestions;
    private final cn.congress.deputies.performance.PerformanceQueries performanceRecords;
    private final java.time.Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) Long delegation, @RequestParam(required = false) Long group,
                @RequestParam(required = false) DeputyStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", roster.search(delegation, group, status, q, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("filter", new Filter(q, delegation, group, status));
        model.addAttribute("delegations", roster.delegations());
        model.addAttribute("groups", roster.groups());
        model.addAttribute("statuses", DeputyStatus.values());
        return "deputies/list";
    }

    /** The list's filters as the filter bar shows them back. */
    record Filter(@Size(max = 200, message = "查询内容不能超过200字") String q, Long delegation, Long group, DeputyStatus status) {
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export() {
        List<XlsxExport.Column<DeputyRow>> columns = List.of(
                XlsxExport.Column.of(RosterWorkbook.HEADERS[0], DeputyRow::name),
                XlsxExport.Column.of(RosterWorkbook.HEADERS[1], d -> d.gender() == Gender.MALE ? "男" : "女"),
                XlsxExport.Column.of(RosterWorkbook.HEADERS[2], DeputyRow::delegationName),
                new XlsxExport.Column<>(RosterWorkbook.HEADERS[3], DeputyRow::electoralUnit, 24),
                XlsxExport.Column.of(RosterWorkbook.HEADERS[4], DeputyRow::sector),
                new XlsxExport.Column<>(RosterWorkbook.HEADERS[5], DeputyRow::position, 36),
                XlsxExport.Column.of(RosterWorkbook.HEADERS[6], DeputyRow::phone),
                XlsxExport.Column.of(RosterWorkbook.HEADERS[7], DeputyRow::cardNumber),
                XlsxExport.Column.of(RosterWorkbook.HEADERS[8], d -> RosterWorkbook.statusLabel(d.status())),
                new XlsxExport.Column<>(RosterWorkbook.HEADERS[9], d -> String.join("、", d.groupNames()), 36));
        return XlsxExport.download("代表名册", "代表名册", columns, roster.roster());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", DeputyForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") DeputyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = roster.create(form.entry());
            redirect.addFlashAttribute("message", "已新增代表 " + form.name().trim());
            return "redirect:/deputies/" + id;
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", DeputyForm.of(roster.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DeputyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            roster.update(id, form.version() == null ? -1 : form.version(), form.entry());
        } catch (DomainException e) {
            errors.reject("refused", e.getMessage());
            return form(model, id);
        }
        redirect.addFlashAttribute("message", "代表信息已保存");
        return "redirect:/deputies/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("deputyId", id);
        model.addAttribute("delegations", roster.delegations());
        model.addAttribute("groups", roster.groups());
        model.addAttribute("statuses", DeputyStatus.values());
        model.addAttribute("genders", Gender.values());
        return "deputies/form";
    }

    @GetMapping("/{id}")
    String profile(@PathVariable long id, Model model) {
        return profile(roster.get(id), model);
    }

    /** The full phone number on request (staff only, audited); the page otherwise shows it masked. */
    @PostMapping("/{id}/phone")
    String revealPhone(@PathVariable long id, Model model) {
        model.addAttribute("revealed", true);
        return profile(roster.revealPhone(id), model);
    }

    @GetMapping("/me")
    String myProfile(Model model) {
        model.addAttribute("revealed", true);
        return profile(roster.own(), model);
    }

    private String profile(DeputyProfile d, Model model) {
        model.addAttribute("deputy", d);
        model.addAttribute("performance", suggestions.performance(d.id()));
        model.addAttribute("record", performanceRecords.record(cn.congress.domain.account.Caller.current(), d.id(),
                java.time.LocalDate.now(clock).getYear()));
        return "deputies/profile";
    }

    // ----- import: upload → preview with row errors → confirm a clean file -----

    @GetMapping("/import")
    String importForm(HttpSession session, Model model) {
        session.removeAttribute(IMPORT_KEY);
        model.addAttribute("headers", RosterWorkbook.HEADERS);
        return "deputies/import";
    }

    @PostMapping("/import")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        model.addAttribute("headers", RosterWorkbook.HEADERS);
        session.removeAttribute(IMPORT_KEY);
        if (file.isEmpty()) {
            model.addAttribute("error", "请选择要导入的 Excel 文件");
            return "deputies/import";
        }
        try {
            List<RosterService.Entry> entries = RosterWorkbook.read(file);
            List<RosterService.ImportError> errors = roster.validate(entries);
            model.addAttribute("entries", entries);
            model.addAttribute("importErrors", errors);
            model.addAttribute("fileName", file.getOriginalFilename());
            if (errors.isEmpty()) {
                session.setAttribute(IMPORT_KEY, new ArrayList<>(entries));
            }
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "deputies/import";
    }

    @PostMapping("/import/confirm")
    String confirm(HttpSession session, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        List<RosterService.Entry> entries = (List<RosterService.Entry>) session.getAttribute(IMPORT_KEY);
        if (entries == null) {
            redirect.addFlashAttribute("error", "没有待确认的导入文件，请重新上传");
            return "redirect:/deputies/import";
        }
        try {
            int n = roster.importAll(entries);
            session.removeAttribute(IMPORT_KEY);
            redirect.addFlashAttribute("message", "已导入 " + n + " 名代表");
            return "redirect:/deputies";
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/deputies/import";
        }
    }
}
