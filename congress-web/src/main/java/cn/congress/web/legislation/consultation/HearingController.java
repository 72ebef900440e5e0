package cn.congress.web.legislation.consultation;

import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.consultation.ConsultationQueries;
import cn.congress.legislation.hearing.HearingKind;
import cn.congress.legislation.hearing.HearingService;
import cn.congress.legislation.hearing.HearingSide;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/** 听证会、论证会 on a bill, and the 立法咨询专家库 with invitations and expert opinions (which enter the triage). */
@Controller
@RequiredArgsConstructor
class HearingController {

    private final HearingService hearings;
    private final BillService bills;
    private final ConsultationQueries consultations;
    private final Clock clock;

    record HoldForm(@NotNull(message = "请选择文本") Long versionId, @NotNull(message = "请选择类型") HearingKind kind,
                    @NotBlank(message = "请填写名称") @Size(max = 200, message = "名称不能超过200字") String title,
                    @NotNull(message = "请填写日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                    @NotBlank(message = "请填写地点") @Size(max = 200, message = "地点不能超过200字") String place,
                    @Size(max = 20000, message = "记录过长") String record) {
    }

    record ParticipantForm(@NotBlank(message = "请填写姓名") @Size(max = 64, message = "姓名不能超过64字") String name,
                           @Size(max = 100, message = "单位不能超过100字") String affiliation, @NotNull(message = "请选择立场") HearingSide side,
                           Long expertId) {
    }

    record OpinionForm(@Min(value = 1, message = "条文序号有误") Integer articleNo,
                       @NotBlank(message = "请填写意见内容") @Size(max = 2000, message = "意见内容不能超过2000字") String body,
                       @Size(max = 64, message = "发言人不能超过64字") String speaker, HearingSide side, Long expertId) {
    }

    record ExpertForm(@NotBlank(message = "请填写姓名") @Size(max = 64, message = "姓名不能超过64字") String name,
                      @NotBlank(message = "请填写专业领域") @Size(max = 200, message = "专业领域不能超过200字") String fields,
                      @NotBlank(message = "请填写工作单位") @Size(max = 100, message = "工作单位不能超过100字") String affiliation,
                      @Size(max = 64, message = "职称不能超过64字") String title) {
    }

    record ExpertOpinionForm(@NotNull(message = "请选择专家") Long expertId, @Min(value = 1, message = "条文序号有误") Integer articleNo,
                             @NotBlank(message = "请填写意见内容") @Size(max = 2000, message = "意见内容不能超过2000字") String body) {
    }

    @GetMapping("/legislation/bills/{billId}/hearings")
    String list(@PathVariable long billId, Model model) {
        var bill = bills.view(billId, LocalDate.now(clock));
        model.addAttribute("billId", billId);
        model.addAttribute("billTitle", bill.bill().title());
        model.addAttribute("versions", bill.versions().stream()
                .map(v -> new ConsultationController.VersionOption(v.id(), v.stage().getMessageKey())).toList());
        model.addAttribute("hearings", hearings.forBill(billId));
        model.addAttribute("experts", hearings.expertNames());
        model.addAttribute("kinds", HearingKind.values());
        model.addAttribute("sides", HearingSide.values());
        return "consultation/hearings";
    }

    @PostMapping("/legislation/bills/{billId}/hearings")
    String hold(@PathVariable long billId, @Valid HoldForm f, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            hearings.hold(billId, f.versionId(), f.kind(), f.title(), f.heldOn(), f.place(), f.record());
            redirect.addFlashAttribute("message", "已登记");
        }
        return "redirect:/legislation/bills/" + billId + "/hearings";
    }

    @PostMapping("/legislation/bills/{billId}/hearings/{id}/participants")
    String participant(@PathVariable long billId, @PathVariable long id, @Valid ParticipantForm f, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            hearings.addParticipant(id, f.name(), f.affiliation(), f.side(), f.expertId());
            redirect.addFlashAttribute("message", "已登记参加人");
        }
        return "redirect:/legislation/bills/" + billId + "/hearings";
    }

    @PostMapping("/legislation/bills/{billId}/hearings/{id}/opinions")
    String opinion(@PathVariable long billId, @PathVariable long id, @Valid OpinionForm f, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            hearings.recordOpinion(id, f.articleNo(), f.body(), f.speaker(), f.side(), f.expertId());
            redirect.addFlashAttribute("message", "意见已登记，进入意见整理");
        }
        return "redirect:/legislation/bills/" + billId + "/hearings";
    }

    @GetMapping("/legislation/experts")
    String experts(@RequestParam(required = false) String field, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("experts", hearings.experts(field));
        model.addAttribute("open", consultations.forAccount());
        return "consultation/experts";
    }

    @PostMapping("/legislation/experts")
    String addExpert(@Valid ExpertForm f, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            hearings.addExpert(f.name(), f.fields(), f.affiliation(), f.title());
            redirect.addFlashAttribute("message", "已加入专家库");
        }
        return "redirect:/legislation/experts";
    }

    @PostMapping("/legislation/experts/{expertId}/invitations")
    String invite(@PathVariable long expertId, @RequestParam long consultationId, RedirectAttributes redirect) {
        hearings.invite(expertId, consultationId);
        redirect.addFlashAttribute("message", "已邀请专家参与征求意见");
        return "redirect:/legislation/experts";
    }

    @PostMapping("/legislation/consultations/{id}/expert-opinions")
    String expertOpinion(@PathVariable long id, @Valid ExpertOpinionForm f, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
        } else {
            hearings.recordExpertOpinion(id, f.expertId(), f.articleNo(), f.body());
            redirect.addFlashAttribute("message", "专家意见已登记");
        }
        return "redirect:/legislation/consultations/" + id;
    }
}
