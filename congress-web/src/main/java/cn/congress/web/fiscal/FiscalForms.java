package cn.congress.web.fiscal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

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
}
