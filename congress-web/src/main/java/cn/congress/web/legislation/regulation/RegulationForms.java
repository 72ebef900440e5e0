package cn.congress.web.legislation.regulation;

import cn.congress.legislation.regulation.Adoption;
import cn.congress.legislation.regulation.VersionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Form objects of the regulation library. */
final class RegulationForms {

    private RegulationForms() {
    }

    /** Enact (title used) or amend (kind used) or repeal (body is the repeal decision). */
    record TextForm(
            @Size(max = 200, message = "{legislation.size.title}") String title,
            VersionKind kind,
            @NotBlank(message = "{legislation.required.text}") @Size(max = 400000, message = "{legislation.size.long}") String body,
            @NotNull(message = "{legislation.required.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promulgatedOn,
            @NotNull(message = "{legislation.required.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @Size(max = 100, message = "{legislation.size.short}") String announcementNo,
            @Size(max = 1000, message = "{legislation.size.long}") String note) {

        Adoption adoption() {
            return new Adoption(adoptedOn, approvedOn, promulgatedOn, effectiveOn, blank(announcementNo), blank(note));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
