package cn.congress.web.legislation.plan;

import cn.congress.legislation.plan.PlanKind;
import cn.congress.legislation.plan.PlanProject;
import cn.congress.legislation.plan.PlanService;
import cn.congress.legislation.plan.PlanViews;
import cn.congress.legislation.plan.ProjectProposal;
import cn.congress.legislation.plan.ProjectCategory;
import cn.congress.legislation.plan.ProposerKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.YearMonth;

/** Form objects of the plan pages. */
final class PlanForms {

    private PlanForms() {
    }

    record PlanForm(
            @NotNull(message = "{legislation.required.kind}") PlanKind kind,
            @NotBlank(message = "{legislation.required.title}") @Size(max = 200, message = "{legislation.size.title}") String title,
            @Min(value = 2000, message = "{legislation.range.year}") @Max(value = 2100, message = "{legislation.range.year}") int startYear,
            @Min(value = 2000, message = "{legislation.range.year}") @Max(value = 2100, message = "{legislation.range.year}") int endYear,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @Size(max = 1000, message = "{legislation.size.long}") String remark) {

        PlanService.PlanDetails details() {
            return new PlanService.PlanDetails(kind, title.strip(), startYear, Math.max(startYear, endYear), adoptedOn, remark);
        }
    }

    record ProjectForm(
            @NotBlank(message = "{legislation.required.title}") @Size(max = 200, message = "{legislation.size.title}") String title,
            @NotNull(message = "{legislation.required.kind}") ProjectCategory category,
            @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String proposingUnit,
            @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String draftingUnit,
            @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String leadBody,
            @DateTimeFormat(pattern = "yyyy-MM") YearMonth plannedMonth,
            @Size(max = 1000, message = "{legislation.size.long}") String reason,
            Long version) {

        static ProjectForm of(PlanViews.Project p) {
            return new ProjectForm(p.title(), p.category(), p.proposingUnit(), p.draftingUnit(), p.leadBody(),
                    p.plannedMonth() == null ? null : YearMonth.from(p.plannedMonth()), null, p.version());
        }

        PlanService.ProjectDetails details() {
            return new PlanService.ProjectDetails(title.strip(), category, proposingUnit.strip(), draftingUnit.strip(), leadBody.strip(), plannedMonth);
        }
    }

    record ProposalForm(
            @NotBlank(message = "{legislation.required.title}") @Size(max = 200, message = "{legislation.size.title}") String title,
            @NotNull(message = "{legislation.required.kind}") ProposerKind proposerKind,
            @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String proposerName,
            @NotNull(message = "{legislation.required.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @NotBlank(message = "{legislation.required.text}") @Size(max = 4000, message = "{legislation.size.long}") String reason,
            Long version) {

        static ProposalForm of(PlanViews.Proposal p) {
            return new ProposalForm(p.title(), p.proposerKind(), p.proposerName(), p.receivedOn(), p.reason(), p.version());
        }

        PlanService.ProposalDetails details() {
            return new PlanService.ProposalDetails(title.strip(), proposerKind, proposerName.strip(), receivedOn, reason.strip());
        }
    }
}
