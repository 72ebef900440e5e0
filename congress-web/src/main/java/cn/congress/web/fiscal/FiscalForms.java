package cn.congress.web.fiscal;

import cn.congress.oversight.fiscal.audit.FindingKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

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
                           @NotBlank(message = "请填写审议意见") String content,
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
}
