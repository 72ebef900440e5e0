package cn.congress.web.fiscal;

import cn.congress.oversight.fiscal.assets.AssetCategory;
import cn.congress.oversight.fiscal.assets.AssetsViews.BondUse;
import cn.congress.oversight.fiscal.assets.AssetsViews.CategoryFigures;
import cn.congress.oversight.fiscal.assets.AssetsViews.DebtFigures;
import cn.congress.oversight.fiscal.audit.FindingKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import cn.congress.oversight.fiscal.review.ReviewKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The form records of the fiscal oversight pages, with their Chinese validation messages. */
final class FiscalForms {

    private FiscalForms() {
    }

    record SendForm(@NotBlank(message = "请填写需要部门说明的问题") @Size(max = 1000, message = "不能超过1000字") String question,
                    long version) {
    }

    record AnswerForm(@NotBlank(message = "请填写情况说明") @Size(max = 3000, message = "情况说明不能超过3000字") String answer,
                      long version) {
    }

    record ProblemForm(@NotNull(message = "请选择审议意见") Long opinionId,
                       @NotBlank(message = "请填写整改要求") @Size(max = 2000, message = "整改要求不能超过2000字") String measures,
                       @NotNull(message = "请填写整改期限") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                       long version) {
    }

    record AuditReportForm(@NotNull(message = "请选择已审议的议题") Long topicId,
                           @NotBlank(message = "请填写报告名称") @Size(max = 200, message = "报告名称不能超过200字") String title,
                           @NotBlank(message = "请填写审议意见") @Size(max = 20000, message = "审议意见不能超过20000字") String content,
                           @NotNull(message = "请填写交办日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {
    }

    record FindingForm(@NotNull(message = "请选择被审计单位") Long unitId,
                       @NotNull(message = "请选择问题类别") FindingKind kind,
                       @NotBlank(message = "请填写问题描述") @Size(max = 2000, message = "问题描述不能超过2000字") String description,
                       @NotBlank(message = "请填写整改要求") @Size(max = 2000, message = "整改要求不能超过2000字") String measures,
                       @NotNull(message = "请填写问题金额") @DecimalMin(value = "0", message = "问题金额不能为负数")
                       @Digits(integer = 14, fraction = 2, message = "金额最多两位小数") BigDecimal amount) {
    }

    record RecoveryForm(@NotNull(message = "请填写已整改金额") @DecimalMin(value = "0", message = "金额不能为负数")
                        @Digits(integer = 14, fraction = 2, message = "金额最多两位小数") BigDecimal amount,
                        long version) {
    }

    record PlanReviewForm(@NotNull(message = "请选择事项类别") ReviewKind kind,
                          @NotBlank(message = "请填写事项名称") @Size(max = 200, message = "名称不能超过200字") String title,
                          @NotNull(message = "请选择计划月份") @Min(value = 1, message = "月份为1至12") @Max(value = 12, message = "月份为1至12") Integer plannedMonth) {
    }

    record ResolutionForm(@NotBlank(message = "请填写决议或审议意见") @Size(max = 4000, message = "不能超过4000字") String resolution,
                          long version) {
    }

    record AssetsForm(@NotBlank(message = "请填写报告名称") @Size(max = 200, message = "名称不能超过200字") String title,
                      @Size(max = 200, message = "专题不能超过200字") String specialTopic,
                      @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal enterpriseAssets,
                      @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal enterpriseLiabilities,
                      @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal financialAssets,
                      @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal financialLiabilities,
                      @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal administrativeAssets,
                      @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal administrativeLiabilities,
                      @Size(max = 1000, message = "不能超过1000字") String naturalResources) {

        List<CategoryFigures> figures() {
            return List.of(new CategoryFigures(AssetCategory.ENTERPRISE, enterpriseAssets, enterpriseLiabilities, null),
                    new CategoryFigures(AssetCategory.FINANCIAL, financialAssets, financialLiabilities, null),
                    new CategoryFigures(AssetCategory.ADMINISTRATIVE, administrativeAssets, administrativeLiabilities, null),
                    new CategoryFigures(AssetCategory.NATURAL_RESOURCES, BigDecimal.ZERO, BigDecimal.ZERO, naturalResources));
        }
    }

    record DebtForm(@NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal limitGeneral,
                    @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal limitSpecial,
                    @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal balanceGeneral,
                    @NotNull(message = "请填写") @DecimalMin(value = "0", message = "不能为负数") BigDecimal balanceSpecial,
                    @DecimalMin(value = "0", message = "不能为负数") BigDecimal newGeneral,
                    @DecimalMin(value = "0", message = "不能为负数") BigDecimal newSpecial,
                    @DecimalMin(value = "0", message = "不能为负数") BigDecimal repaid,
                    @Size(max = 2000, message = "不能超过2000字") String bondUses) {

        /** Special bonds by purpose, one per line as “用途=金额”. */
        DebtFigures figures() {
            List<BondUse> uses = new java.util.ArrayList<>();
            if (bondUses != null) {
                for (String line : bondUses.split("\\R")) {
                    String[] p = line.split("[=＝]", 2);
                    if (p.length == 2 && !p[0].isBlank()) {
                        try {
                            uses.add(new BondUse(p[0].trim(), new BigDecimal(p[1].trim())));
                        } catch (NumberFormatException e) {
                            throw new cn.congress.domain.shared.DomainException("专项债券用途“" + p[0].trim() + "”的金额不是数字");
                        }
                    }
                }
            }
            return new DebtFigures(limitGeneral, limitSpecial, balanceGeneral, balanceSpecial, newGeneral, newSpecial, repaid, uses);
        }
    }
}
