package cn.congress.web.servicecase;

import cn.congress.deputies.servicecase.CaseOutcome;
import cn.congress.deputies.servicecase.ServiceCaseRows.CaseView;
import cn.congress.deputies.servicecase.ServiceCaseService;
import cn.congress.deputies.servicecase.ServiceCaseType;
import cn.congress.deputies.station.ResidentSatisfaction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The forms of the service-case pages. */
final class ServiceCaseForms {

    private ServiceCaseForms() {
    }

    record CaseForm(Long version, @NotNull(message = "请选择案件类型") ServiceCaseType type, @NotNull(message = "请选择联络站") Long stationId,
                    Long deputyId,
                    @NotBlank(message = "请填写案由") @Size(max = 200, message = "案由最多200字") String title,
                    @NotBlank(message = "请填写基本情况") @Size(max = 5000, message = "最多5000字") String summary,
                    @Size(max = 32, message = "最多32字") String partyName,
                    @Size(max = 32, message = "最多32字") String partyContact,
                    @NotNull(message = "请填写受理日期") @PastOrPresent(message = "受理日期不能晚于今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                    @Size(max = 64, message = "最多64字") String courtCaseNo) {

        static CaseForm empty(ServiceCaseType type, LocalDate today) {
            return new CaseForm(null, type, null, null, null, null, null, null, today, null);
        }

        static CaseForm of(CaseView v) {
            return new CaseForm(v.version(), v.type(), v.stationId(), v.deputyId(), v.title(), v.summary(), null, null, v.receivedOn(), v.courtCaseNo());
        }

        ServiceCaseService.Details details() {
            return new ServiceCaseService.Details(title, summary, partyName, partyContact, receivedOn, courtCaseNo);
        }
    }

    record ForwardForm(long version, @NotNull(message = "请选择承办机关") Long organId) {
    }

    record NoteForm(long version, @NotNull(message = "请填写日期") @PastOrPresent(message = "日期不能晚于今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @NotBlank(message = "请填写内容") @Size(max = 2000, message = "最多2000字") String text) {
    }

    record CloseForm(long version, @NotNull(message = "请选择办理结果") CaseOutcome outcome, ResidentSatisfaction satisfaction) {
    }
}
