package cn.congress.web.appointment;

import cn.congress.domain.appointment.AppointmentAction;
import cn.congress.domain.appointment.AppointmentMotions;
import cn.congress.domain.appointment.MotionView;
import cn.congress.domain.appointment.Proposer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;

/** The form records of the appointment pages. */
final class AppointmentForms {

    private AppointmentForms() {
    }

    record MotionForm(
            @NotBlank(message = "{sessions.required}") @Size(max = 300, message = "{sessions.too-long}") String title,
            @NotNull(message = "{sessions.required}") Proposer proposer,
            @NotBlank(message = "{sessions.required}") @Size(max = 20000, message = "{sessions.too-long}") String explanation,
            Long version) {

        static MotionForm empty() {
            return new MotionForm("", Proposer.MAYOR, "", null);
        }

        static MotionForm of(MotionView m) {
            return new MotionForm(m.title(), m.proposer(), m.explanation(), m.version());
        }

        AppointmentMotions.MotionDetails details() {
            return new AppointmentMotions.MotionDetails(title, proposer, explanation);
        }
    }

    record ItemForm(
            @NotBlank(message = "{sessions.required}") @Size(max = 64, message = "{sessions.too-long}") String personName,
            @NotNull(message = "{sessions.required}") AppointmentAction action,
            @NotBlank(message = "{sessions.required}") @Size(max = 200, message = "{sessions.too-long}") String post,
            @NotBlank(message = "{sessions.required}") @Size(max = 200, message = "{sessions.too-long}") String organ,
            @Size(max = 20000, message = "{sessions.too-long}") String resume) {

        static ItemForm empty() {
            return new ItemForm("", AppointmentAction.APPOINT, "", "", "");
        }

        AppointmentMotions.ItemDetails details() {
            return new AppointmentMotions.ItemDetails(personName, action, post, organ, resume);
        }
    }

    record CeremonyForm(
            @NotNull(message = "{sessions.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @NotBlank(message = "{sessions.required}") @Size(max = 200, message = "{sessions.too-long}") String place,
            @NotBlank(message = "{sessions.required}") @Size(max = 64, message = "{sessions.too-long}") String presiding,
            Boolean collective,
            @NotEmpty(message = "{sessions.oath.swearers.required}") List<Long> itemIds) {

        static CeremonyForm empty(LocalDate today) {
            return new CeremonyForm(today, "常委会会议厅", "", true, List.of());
        }
    }

    record ReportForm(
            @NotNull(message = "{sessions.required}") Long holdingId,
            @NotNull(message = "{sessions.required}") @Min(2000) @Max(2100) Integer year,
            @NotBlank(message = "{sessions.required}") @Size(max = 300, message = "{sessions.too-long}") String title,
            @NotBlank(message = "{sessions.required}") @Size(max = 20000, message = "{sessions.too-long}") String summary) {

        static ReportForm empty(LocalDate today) {
            return new ReportForm(null, today.getYear() - 1, "", "");
        }
    }
}
