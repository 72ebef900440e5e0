package cn.congress.web.livelihood;

import cn.congress.deputies.livelihood.LivelihoodProject;
import cn.congress.deputies.livelihood.ProposalSource;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Form records of the livelihood pages (amounts entered in 万元, stored in yuan). */
final class LivelihoodForms {

    private LivelihoodForms() {
    }

    static BigDecimal yuan(BigDecimal wan) {
        return wan == null ? null : wan.movePointRight(4);
    }

    record ProgrammeForm(
            @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确") @Max(value = 2200, message = "年度不正确") Integer year,
            @NotBlank(message = "请填写名称") @Size(max = 200, message = "名称不超过200字") String title,
            @NotNull(message = "请填写拟确定项目数") @Min(value = 1, message = "至少确定1项") @Max(value = 100, message = "不超过100项") Integer quota) {
    }

    record ProposalForm(
            @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不超过200字") String title,
            @NotBlank(message = "请填写项目内容") @Size(max = 4000, message = "项目内容不超过4000字") String description,
            @Size(max = 100, message = "实施区域不超过100字") String area,
            @NotNull(message = "请填写估算投资") @DecimalMin(value = "0", message = "估算投资不能为负数")
            @DecimalMax(value = "9999999", message = "估算投资过大") BigDecimal budgetWan,
            @Size(max = 100, message = "建议责任单位不超过100字") String proposedOrgan,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCompletion,
            ProposalSource source,
            @Size(max = 100, message = "联络站名称不超过100字") String stationName) {

        static ProposalForm empty() {
            return new ProposalForm("", "", "", null, "", null, ProposalSource.GOVERNMENT, "");
        }

        LivelihoodProject.Proposal proposal() {
            return new LivelihoodProject.Proposal(title, description, area, yuan(budgetWan), proposedOrgan, null, expectedCompletion);
        }
    }

    /**
     * A resident's proposal: only what the collection needs; name and phone optional, the phone only with the consent
     * box ticked (unticked by default). {@code website} is a honeypot that people never see nor fill.
     */
    record ResidentForm(
            @NotNull(message = "请选择征集单位") Long programmeId,
            @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不超过200字") String title,
            @NotBlank(message = "请说明需要解决的问题和建议") @Size(max = 2000, message = "内容不超过2000字") String description,
            @Size(max = 100, message = "地点不超过100字") String area,
            @DecimalMin(value = "0", message = "估算投资不能为负数") @DecimalMax(value = "9999999", message = "估算投资过大") BigDecimal budgetWan,
            @Size(max = 32, message = "称呼不超过32字") String name,
            @Pattern(regexp = "^$|^1\\d{10}$", message = "请填写11位手机号码，或不填") @Size(max = 11, message = "手机号码不能超过11字") String phone,
            Boolean consent,
            @Size(max = 200, message = "网址不能超过200字") String website,
            @Size(max = 16, message = "请填写验证码或算式的结果") String captcha) {

        static ResidentForm empty() {
            return new ResidentForm(null, "", "", "", null, "", "", null, "", "");
        }

        /** A phone is kept only with the consent box ticked (checked by the controller, reported beside the box). */
        boolean consentMissing() {
            return phone != null && !phone.isBlank() && !Boolean.TRUE.equals(consent);
        }

        LivelihoodProject.Proposal proposal() {
            return new LivelihoodProject.Proposal(title, description, area, budgetWan == null ? BigDecimal.ZERO : yuan(budgetWan), null, null, null);
        }
    }

    record ReportForm(
            @NotNull(message = "请填写进度") @Min(value = 0, message = "进度在0到99之间") @Max(value = 99, message = "完工请提交完工报告") Integer percent,
            @NotNull(message = "请填写已完成投资") @DecimalMin(value = "0", message = "已完成投资不能为负数") BigDecimal spentWan,
            @NotBlank(message = "请填写进展情况") @Size(max = 2000, message = "不超过2000字") String note,
            Boolean delayed,
            @Size(max = 500, message = "不超过500字") String delayReason) {

        boolean delayFlagged() {
            return Boolean.TRUE.equals(delayed);
        }

        /** A delay must come with its reason (checked by the controller). */
        boolean delayUnexplained() {
            return delayFlagged() && (delayReason == null || delayReason.isBlank());
        }
    }

    record AdjustForm(
            @NotBlank(message = "请填写常委会决定（文号或会议）") @Size(max = 200, message = "不超过200字") String decisionRef,
            @NotNull(message = "请填写决定日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @NotBlank(message = "请填写调整内容和理由") @Size(max = 2000, message = "不超过2000字") String description,
            @Size(max = 200, message = "不超过200字") String newTitle,
            @DecimalMin(value = "0", message = "投资不能为负数") BigDecimal newBudgetWan,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newCompletion) {
    }

    record InspectionForm(
            @NotNull(message = "请填写视察日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
            @NotBlank(message = "请填写参加人员") @Size(max = 500, message = "不超过500字") String participants,
            @NotBlank(message = "请填写视察意见") @Size(max = 2000, message = "不超过2000字") String findings) {
    }

    record MilestoneForm(
            @NotBlank(message = "请填写节点名称") @Size(max = 200, message = "不超过200字") String title,
            @NotNull(message = "请填写计划完成日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn) {
    }
}
