package cn.congress.web.admin.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

record RuleValueForm(
        @NotNull(message = "{rule.effectiveFrom.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveFrom,
        @NotBlank(message = "{rule.value.required}") @Size(max = 2000, message = "{rule.value.size}")
        String value,
        @Size(max = 200, message = "{rule.remark.size}")
        String remark) {
}
