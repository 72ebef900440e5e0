package cn.congress.web.legislation.filing;

import cn.congress.legislation.filing.FilingService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

record FilingForm(
        @NotBlank(message = "{legislation.required.title}") @Size(max = 200, message = "{legislation.size.title}") String documentTitle,
        @NotBlank(message = "{legislation.required.text}") @Size(max = 100, message = "{legislation.size.short}") String documentNo,
        @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String filingOrgan,
        @NotNull(message = "{legislation.required.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
        @NotNull(message = "{legislation.required.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn) {

    FilingService.FilingDetails details() {
        return new FilingService.FilingDetails(documentTitle.strip(), documentNo.strip(), filingOrgan.strip(), publishedOn, receivedOn);
    }
}
