package cn.congress.web.legislation.bill;

import cn.congress.legislation.bill.BillDetail;
import cn.congress.legislation.bill.BillKind;
import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.bill.DocumentType;
import cn.congress.legislation.bill.EnactingBody;
import cn.congress.legislation.bill.VersionStage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Form objects of the bill pages. */
final class BillForms {

    private BillForms() {
    }

    record BillForm(
            @NotBlank(message = "{legislation.required.title}") @Size(max = 200, message = "{legislation.size.title}") String title,
            @NotNull(message = "{legislation.required.kind}") BillKind kind,
            Long projectId,
            Long regulationId,
            @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String sponsor,
            @NotBlank(message = "{legislation.required.unit}") @Size(max = 100, message = "{legislation.size.short}") String draftingUnit,
            @Size(max = 64, message = "{legislation.size.short}") String committeeLeader,
            @Size(max = 64, message = "{legislation.size.short}") String governmentLeader,
            Long version,
            EnactingBody enactingBody) {

        static BillForm empty(Long projectId) {
            return new BillForm("", BillKind.NEW, projectId, null, "示例市人民政府", "", "", "", null, EnactingBody.STANDING_COMMITTEE);
        }

        static BillForm of(BillDetail b) {
            return new BillForm(b.title(), b.kind(), b.projectId(), b.regulationId(), b.sponsor(), b.draftingUnit(), b.committeeLeader(),
                    b.governmentLeader(), b.version(), b.enactingBody());
        }

        /** Without a choice (an older form), a new bill is the standing committee's and an edited bill keeps its body. */
        BillService.BillDetails details() {
            return new BillService.BillDetails(title.strip(), kind, projectId, regulationId, sponsor.strip(), draftingUnit.strip(),
                    blank(committeeLeader), blank(governmentLeader), enactingBody);
        }
    }

    record VersionForm(
            @NotNull(message = "{legislation.required.stage}") VersionStage stage,
            @NotBlank(message = "{legislation.required.text}") @Size(max = 400000, message = "{legislation.size.long}") String body,
            @Size(max = 500, message = "{legislation.size.long}") String note) {
    }

    record DocumentForm(
            @NotNull(message = "{legislation.required.kind}") DocumentType type,
            @NotBlank(message = "{legislation.required.title}") @Size(max = 200, message = "{legislation.size.title}") String title,
            @Size(max = 200000, message = "{legislation.size.long}") String body) {
    }

    /** Fields a workflow step may need; each step reads the ones it uses. */
    record StepForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Long sessionId,
            @Size(max = 200, message = "{legislation.size.title}") String sessionTitle,
            @Size(max = 2000, message = "{legislation.size.long}") String remark,
            @Size(max = 100, message = "{legislation.size.short}") String announcementNo,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            Boolean adopted,
            Boolean threeReadings) {

        LocalDate on(LocalDate today) {
            return date == null ? today : date;
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
