package cn.congress.web.livelihood;

import jakarta.validation.constraints.Size;
import cn.congress.deputies.livelihood.LivelihoodEvaluation;
import cn.congress.deputies.livelihood.LivelihoodImplementation;
import cn.congress.deputies.livelihood.LivelihoodQueries;
import cn.congress.deputies.livelihood.LivelihoodService;
import cn.congress.deputies.livelihood.ProgrammeView;
import cn.congress.deputies.livelihood.ProposalSource;
import cn.congress.deputies.livelihood.ProjectStatus;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.shared.DomainException;
import cn.congress.web.livelihood.LivelihoodForms.AdjustForm;
import cn.congress.web.livelihood.LivelihoodForms.InspectionForm;
import cn.congress.web.livelihood.LivelihoodForms.MilestoneForm;
import cn.congress.web.livelihood.LivelihoodForms.ProgrammeForm;
import cn.congress.web.livelihood.LivelihoodForms.ProposalForm;
import cn.congress.web.livelihood.LivelihoodForms.ReportForm;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 民生实事项目: the year's programmes, collection, screening, deliberation, implementation and supervision pages. */
@Controller
@RequestMapping("/livelihood")
@RequiredArgsConstructor
class LivelihoodController {

    private final LivelihoodService service;
    private final LivelihoodQueries queries;
    private final LivelihoodImplementation implementation;
    private final LivelihoodEvaluation evaluation;

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("programmes", queries.programmes().stream().filter(p -> year == null || p.year() == year).toList());
        if (!model.containsAttribute("programmeForm")) {
            model.addAttribute("programmeForm", new ProgrammeForm(null, "", null));
        }
        model.addAttribute("canCreate", queries.canStartProgramme());
        return "livelihood/list";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(null, model);
        }
        long id = service.createProgramme(form.year(), form.title(), form.quota());
        redirect.addFlashAttribute("message", "已开始征集" + form.year() + "年度民生实事项目");
        return "redirect:/livelihood/programmes/" + id;
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        ProgrammeView view = queries.programme(id);
        model.addAttribute("view", view);
        if (view.staff()) {
            model.addAttribute("organs", queries.organs());
            if (view.can("PUT_TO_VOTE")) {
                model.addAttribute("congressSessions", queries.congressSessions());
            }
            if (view.can("SCHEDULE_PROGRESS_REPORT")) {
                model.addAttribute("scSessions", queries.standingCommitteeSessions());
            }
        }
        return "livelihood/programme";
    }

    @GetMapping("/programmes/{id}/propose")
    String proposeForm(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.programme(id));
        model.addAttribute("form", ProposalForm.empty());
        model.addAttribute("sources", List.of(ProposalSource.GOVERNMENT, ProposalSource.STATION));
        return "livelihood/propose";
    }

    @PostMapping("/programmes/{id}/propose")
    String propose(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("view", queries.programme(id));
            model.addAttribute("sources", List.of(ProposalSource.GOVERNMENT, ProposalSource.STATION));
            return "livelihood/propose";
        }
        long projectId = service.propose(id, form.proposal(), form.source() == null ? ProposalSource.GOVERNMENT : form.source(),
                form.stationName());
        redirect.addFlashAttribute("message", "项目建议已提交");
        return "redirect:/livelihood/projects/" + projectId;
    }

    @PostMapping("/programmes/{id}/screening")
    String startScreening(@PathVariable long id, RedirectAttributes redirect) {
        service.startScreening(id);
        return done(redirect, "征集已结束，进入筛选论证", "/livelihood/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/deliberation")
    String deliberation(@PathVariable long id, @RequestParam @Size(max = 200, message = "会议不能超过200字") String meeting,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                        RedirectAttributes redirect) {
        service.recordDeliberation(id, meeting, on);
        return done(redirect, "已登记主任会议审议，候选项目清单确定", "/livelihood/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        service.sendToDeputies(id);
        return done(redirect, "候选项目清单已印发代表，代表可在手机上查阅", "/livelihood/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/progress-report")
    String progressReport(@PathVariable long id, @RequestParam long sessionId, RedirectAttributes redirect) {
        implementation.scheduleProgressReport(id, sessionId);
        return done(redirect, "中期进展报告已列入常委会会议议程", "/livelihood/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/evaluation/open")
    String openEvaluation(@PathVariable long id, RedirectAttributes redirect) {
        evaluation.open(id);
        return done(redirect, "满意度测评已开始，代表可在手机上测评", "/livelihood/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/evaluation/close")
    String closeEvaluation(@PathVariable long id, RedirectAttributes redirect) {
        evaluation.close(id);
        return done(redirect, "满意度测评已结束，结果已公布", "/livelihood/programmes/" + id);
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, Model model) {
        var view = queries.project(id);
        model.addAttribute("view", view);
        if (view.can("SHORTLIST")) {
            model.addAttribute("organs", queries.organs());
        }
        if (view.can("MERGE")) {
            model.addAttribute("mergeTargets", queries.programme(view.row().programmeId()).projects().stream()
                    .filter(p -> p.id() != id && (p.status() == ProjectStatus.PROPOSED || p.status() == ProjectStatus.CANDIDATE)).toList());
        }
        if (view.can("ASSIGN_SUPERVISORS")) {
            model.addAttribute("deputies", queries.deputies());
        }
        return "livelihood/project";
    }

    @PostMapping("/projects/{id}/moderate")
    String moderate(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason,
                    RedirectAttributes redirect) {
        service.moderate(id, approve, reason);
        return done(redirect, approve ? "已审核通过，列入征集" : "已不予采纳，理由将告知提出人", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long into, @RequestParam(required = false) @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        service.merge(id, into, reason);
        return done(redirect, "已合并", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/screen-out")
    String screenOut(@PathVariable long id, @RequestParam @Size(max = 500, message = "理由不能超过500字") String reason, RedirectAttributes redirect) {
        service.screenOut(id, reason);
        return done(redirect, "已不列入候选，理由将告知提出人", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/shortlist")
    String shortlist(@PathVariable long id, @RequestParam @Size(max = 500, message = "说明不能超过500字") String note, @RequestParam(required = false) Long organId,
                     RedirectAttributes redirect) {
        service.shortlist(id, note, organId);
        return done(redirect, "已列入候选项目", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/unlist")
    String unlist(@PathVariable long id, RedirectAttributes redirect) {
        service.unlist(id);
        return done(redirect, "已退出候选项目", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/start")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        implementation.start(id);
        return done(redirect, "项目已开始实施", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/milestones")
    String milestone(@PathVariable long id, @Valid @ModelAttribute MilestoneForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(errors, redirect, id);
        }
        implementation.addMilestone(id, form.title(), form.plannedOn());
        return done(redirect, "已增加实施节点", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/milestones/{milestoneId}/done")
    String milestoneDone(@PathVariable long id, @PathVariable long milestoneId, RedirectAttributes redirect) {
        implementation.completeMilestone(id, milestoneId, null);
        return done(redirect, "节点已完成", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/report")
    String report(@PathVariable long id, @Valid @ModelAttribute ReportForm form, BindingResult errors,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos, RedirectAttributes redirect) throws IOException {
        if (form.delayUnexplained()) {
            errors.rejectValue("delayReason", "delayReason", "进度滞后须说明原因");
        }
        if (errors.hasErrors()) {
            return invalid(errors, redirect, id);
        }
        List<LivelihoodImplementation.Upload> uploads = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile f : photos) {
                if (!f.isEmpty()) {
                    uploads.add(new LivelihoodImplementation.Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        implementation.report(id, new LivelihoodImplementation.Report(form.percent(), LivelihoodForms.yuan(form.spentWan()), form.note(),
                form.delayFlagged(), form.delayReason()), uploads);
        return done(redirect, "进展已报告", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) java.math.BigDecimal spentWan, @RequestParam @Size(max = 500, message = "说明不能超过500字") String note,
                    RedirectAttributes redirect) {
        if (spentWan == null) {
            throw new DomainException("请填写已完成投资");
        }
        implementation.complete(id, LivelihoodForms.yuan(spentWan), note);
        return done(redirect, "已报告完工", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/supervisors")
    String supervisors(@PathVariable long id, @RequestParam(name = "deputy", required = false) List<Long> deputies,
                       RedirectAttributes redirect) {
        implementation.assignSupervisors(id, deputies == null ? List.of() : deputies);
        return done(redirect, "代表监督小组已确定", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/inspections")
    String inspect(@PathVariable long id, @Valid @ModelAttribute InspectionForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(errors, redirect, id);
        }
        implementation.inspect(id, form.inspectedOn(), form.participants(), form.findings());
        return done(redirect, "视察情况已记录", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/adjust")
    String adjust(@PathVariable long id, @Valid @ModelAttribute AdjustForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(errors, redirect, id);
        }
        implementation.adjust(id, form.decisionRef(), form.decidedOn(), form.description(), form.newTitle(),
                LivelihoodForms.yuan(form.newBudgetWan()), form.newCompletion());
        return done(redirect, "已按常委会决定调整项目", "/livelihood/projects/" + id);
    }

    @PostMapping("/projects/{id}/rectify")
    String rectify(@PathVariable long id, @RequestParam @Size(max = 4000, message = "整改报告不能超过4000字") String report, RedirectAttributes redirect) {
        implementation.rectify(id, report);
        return done(redirect, "整改报告已报送", "/livelihood/projects/" + id);
    }

    @GetMapping("/projects/{id}/reports/{reportId}/photos/{attachmentId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long reportId, @PathVariable long attachmentId) {
        Attachment a = implementation.photo(id, reportId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .body(a.getContent());
    }

    @GetMapping("/mine")
    String mine(Model model) {
        model.addAttribute("projects", queries.mine());
        model.addAttribute("supervised", queries.supervised());
        return "livelihood/mine";
    }

    @GetMapping("/organ")
    String organ(Model model) {
        model.addAttribute("projects", queries.organProjects());
        return "livelihood/organ";
    }

    private static String done(RedirectAttributes redirect, String message, String target) {
        redirect.addFlashAttribute("message", message);
        return "redirect:" + target;
    }

    private static String invalid(BindingResult errors, RedirectAttributes redirect, long id) {
        redirect.addFlashAttribute("error", errors.getAllErrors().stream().map(e -> e.getDefaultMessage()).collect(Collectors.joining("；")));
        return "redirect:/livelihood/projects/" + id;
    }
}
