package cn.congress.web.session;

import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Attendance;
import cn.congress.domain.session.SessionView;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The form records of the session pages. */
final class SessionForms {

    private SessionForms() {
    }

    record SessionForm(
            @NotNull(message = "{sessions.required}") SessionKind kind,
            @NotNull(message = "{sessions.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
            @Size(max = 200, message = "{sessions.too-long}") String place,
            Boolean ballotChangeAllowed,
            Long version) {

        static SessionForm empty(LocalDate today) {
            return new SessionForm(SessionKind.STANDING_COMMITTEE, today.plusDays(14), null, "常委会会议厅", false, null);
        }

        static SessionForm of(SessionView.Meeting m) {
            return new SessionForm(m.kind(), m.startDate(), m.endDate(), m.place(), m.ballotChangeAllowed(), m.version());
        }

        SessionService.Details details() {
            return new SessionService.Details(kind, startDate, endDate, place == null || place.isBlank() ? null : place.trim(),
                    Boolean.TRUE.equals(ballotChangeAllowed));
        }
    }

    record AgendaItemForm(
            @NotNull(message = "{sessions.required}") AgendaItemType type,
            @NotBlank(message = "{sessions.required}") @Size(max = 300, message = "{sessions.too-long}") String title,
            @Size(max = 100, message = "{sessions.too-long}") String presenter) {

        static AgendaItemForm empty() {
            return new AgendaItemForm(AgendaItemType.WORK_REPORT, "", "");
        }
    }

    record VoteForm(
            @NotBlank(message = "{sessions.required}") @Size(max = 300, message = "{sessions.too-long}") String title,
            @NotNull(message = "{sessions.required}") VoteKind kind,
            @NotNull(message = "{sessions.required}") VoteMethod method,
            @NotNull(message = "{sessions.required}") VoteRule rule,
            Boolean secret,
            @Size(max = 2000, message = "{sessions.too-long}") String candidates) {

        VoteService.NewVote newVote() {
            List<String> names = candidates == null ? List.of()
                    : Arrays.stream(candidates.split("[\\r\\n,，、]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            return new VoteService.NewVote(title, kind, method, rule, Boolean.TRUE.equals(secret), null, null, names);
        }
    }

    record AttendanceForm(@NotNull(message = "{sessions.required}") Attendance attendance,
                          @Size(max = 200, message = "{sessions.too-long}") String reason) {
    }

    record AttendeeForm(@NotBlank(message = "{sessions.required}") @Size(max = 64, message = "{sessions.too-long}") String name,
                        @NotBlank(message = "{sessions.required}") @Size(max = 200, message = "{sessions.too-long}") String organ) {
    }

    record ShowOfHandsForm(@NotNull(message = "{sessions.required}") @Min(0) @Max(100000) Integer yes,
                           @NotNull(message = "{sessions.required}") @Min(0) @Max(100000) Integer no,
                           @NotNull(message = "{sessions.required}") @Min(0) @Max(100000) Integer abstain,
                           @NotBlank(message = "{sessions.required}") @Size(max = 500, message = "{sessions.too-long}") String remark) {
    }
}
